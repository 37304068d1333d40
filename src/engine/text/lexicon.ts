/**
 * General English word lists the engine reads news with. Nothing here belongs to one story:
 * speech verbs, hedges, titles, organisation heads, number words, paraphrase classes.
 */

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

export const STOPWORDS = words(`
a an the and or but nor so yet for of to in on at by from with without into onto over under up down out off about above
below after before during since until while as than then that this these those there here which who whom whose what when
where why how is are was were be been being am has have had having do does did doing will would shall should can could
may might must it its it's they them their theirs he him his she her hers we us our you your i me my mine not no also
just only very more most much many some any each every all both either neither other others such own same too again
further once if else because though although whether per via among between against through toward towards upon across
along around behind beyond near within s t don't isn't wasn't aren't weren't hasn't haven't hadn't won't wouldn't
however meanwhile earlier later still even already yet now ago away back far home out unless whereas
everyone everybody anyone anybody someone somebody nobody
`);

/** Capitalised words that start sentences or clauses but never start a name. */
export const CAPITALISED_FUNCTION_WORDS = words(`
A An The And Or But So Yet For Of To In On At By From With As After Before During Since Until While When Where Why How
What Which Who This That These Those There Here It Its They Their He His She Her We Our You Your I My If Though Although
Meanwhile However Earlier Later Also Still Even Already Now Then Both Either Neither Some Many Most Several Other Others
Another Such Unusually Despite Referring Above Below Under Over Only Just Not No Yes Among Between Against Through Today
Tomorrow Yesterday Last Next Every Each All Any Once Because Whether Instead Separately Finally Moreover Furthermore
`);

/** Verbs that attribute speech or a report, as lemma → forms. */
const CUE_LEMMAS: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  state: ['state', 'states', 'stated', 'stating'],
  confirm: ['confirm', 'confirms', 'confirmed', 'confirming'],
  report: ['report', 'reports', 'reported', 'reporting'],
  announce: ['announce', 'announces', 'announced', 'announcing'],
  add: ['add', 'adds', 'added', 'adding'],
  note: ['note', 'notes', 'noted', 'noting'],
  claim: ['claim', 'claims', 'claimed', 'claiming'],
  deny: ['deny', 'denies', 'denied', 'denying'],
  insist: ['insist', 'insists', 'insisted', 'insisting'],
  warn: ['warn', 'warns', 'warned', 'warning'],
  estimate: ['estimate', 'estimates', 'estimated', 'estimating'],
  accuse: ['accuse', 'accuses', 'accused', 'accusing'],
  acknowledge: ['acknowledge', 'acknowledges', 'acknowledged', 'acknowledging'],
  admit: ['admit', 'admits', 'admitted', 'admitting'],
  allege: ['allege', 'alleges', 'alleged', 'alleging'],
  argue: ['argue', 'argues', 'argued', 'arguing'],
  assert: ['assert', 'asserts', 'asserted', 'asserting'],
  declare: ['declare', 'declares', 'declared', 'declaring'],
  disclose: ['disclose', 'discloses', 'disclosed', 'disclosing'],
  explain: ['explain', 'explains', 'explained', 'explaining'],
  reiterate: ['reiterate', 'reiterates', 'reiterated', 'reiterating'],
  stress: ['stress', 'stresses', 'stressed', 'stressing'],
  write: ['write', 'writes', 'wrote', 'writing', 'written'],
  post: ['posted', 'posting'],
  publish: ['published', 'publishing'],
  cite: ['cite', 'cites', 'cited', 'citing'],
  verify: ['verify', 'verifies', 'verified', 'verifying'],
  call: ['called', 'calls', 'calling', 'branded', 'brands', 'branding', 'dubbed', 'dubs', 'labelled', 'labeled', 'labels', 'termed'],
  describe: ['described', 'describes', 'describing'],
  hail: ['hailed', 'hails', 'hailing'],
  indicate: ['indicated', 'indicates', 'indicating'],
  suggest: ['suggest', 'suggests', 'suggested', 'suggesting'],
  urge: ['urged', 'urges', 'urging'],
  predict: ['predicted', 'predicts'],
  cry: ['cried'],
  shout: ['shouted'],
  reply: ['replied', 'replies'],
  respond: ['responded', 'responds'],
  promise: ['promised', 'promises', 'pledged', 'pledges'],
  threaten: ['threatened', 'threatens'],
  demand: ['demanded', 'demands'],
  caution: ['cautioned', 'cautions', 'cautioning'],
  concede: ['conceded', 'concedes'],
  emphasise: ['emphasised', 'emphasized', 'emphasises', 'emphasizes'],
  recall: ['recalled', 'recalls'],
  remark: ['remarked'],
  vow: ['vowed', 'vows'],
  complain: ['complained', 'complains', 'griped', 'gripes', 'grumbled', 'moaned', 'fumed', 'raged', 'blasted', 'slammed'],
  joke: ['joked', 'quipped'],
  exclaim: ['exclaimed', 'gasped', 'sobbed', 'wept', 'screamed', 'yelled'],
  reveal: ['revealed', 'reveals'],
  tweet: ['tweeted'],
};

export const CUE_FORMS = new Map<string, string>();
for (const [lemma, forms] of Object.entries(CUE_LEMMAS)) for (const f of forms) CUE_FORMS.set(f, lemma);

/** Cues that are weak on their own: they count only with a named source right before them. */
export const WEAK_CUES = new Set(['call', 'describe', 'hail', 'indicate', 'suggest', 'urge', 'cry', 'shout', 'promise', 'threaten', 'demand', 'post', 'publish', 'cite', 'verify', 'add', 'note', 'stress', 'warn', 'write']);

/** Words and phrases that make a claim unverified. */
export const HEDGES: RegExp[] = [
  /\breportedly\b/i,
  /\ballegedly\b/i,
  /\bunverified\b/i,
  /\bunconfirmed\b/i,
  /\bcould not (?:be )?(?:independently )?(?:verify|verified|confirm|confirmed)\b/i,
  /\bhas not been (?:independently )?(?:verified|confirmed)\b/i,
  /\bposts? on (?:x|twitter|social media|telegram|facebook)\b/i,
  /\brumou?rs?\b/i,
  /\b(?:is|are|were|was) believed to\b/i,
  /\bapparently\b/i,
  /\bsuggests?\b/i,
  /\bspeculat\w*/i,
  /\b(?:may|might|could) have (?:been )?\w+(?:ed|en)\b/i,
];

/** A sentence that says the claim before it is unverified ("This claim remains unverified"). */
export const BACKWARD_HEDGE = /^(?:this|that|the|such)\s+(?:claim|report|account|figure|information|number|allegation)s?\b[^.]*\b(?:unverified|unconfirmed|not (?:been )?(?:independently )?(?:verified|confirmed))/i;

/** Words that qualify a role without being one ("Foreign" Minister, "regional" Gov.). */
export const TITLE_MODIFIERS = words(`vice prime foreign defense defence interior regional presidential national federal
state local top senior former acting military intelligence deputy general chief`);

/** Title and role words that may sit inside a source's name ("government spokesman", "regional Gov."). */
export const TITLE_WORDS = words(`
president vice prime minister foreign defense defence interior spokesman spokeswoman spokesperson secretary governor gov gov.
mayor chief head deputy director general minister's ambassador envoy commander commissioner chairman chairwoman chair
senator sen sen. rep rep. representative official officials adviser advisor negotiator leader king queen prince pope judge
prosecutor attorney lawyer captain colonel gen gen. lt major sergeant police detective inspector sheriff coordinator
analyst researcher professor dr dr. mr mr. mrs mrs. ms ms. regional presidential national federal state local top senior
former acting military intelligence executive ceo cfo coo cto founder manager editor presenter correspondent economist
medic medics source sources reporter witness witnesses admiral adm adm. lieutenant brigadier commodore marshal
superintendent constable chancellor premier mp mep msp mla congressman congresswoman councillor councilor alderman
assemblyman assemblywoman lawmaker administrator
`);

/** Head nouns of organisations; a source ending in one is an organisation. */
export const ORG_HEADS = words(`
ministry ministries office department agency council headquarters authority authorities government administration
committee commission service services forces force army navy military police court parliament
organization organisation company corporation institute union bureau center centre staff command guard prosecutor's
side sides delegation embassy team party media outlet network group coalition board directorate paper
newspaper broadcaster channel station magazine agency's presidency cabinet senate congress assembly secretariat
ministry's office's mission consulate tribunal radio television tv airline carrier firm operator hospital utility
regulator organisers organizers manufacturer association federation society foundation alliance league confederation
`);

/** Nouns that name people; counted with them, a number counts people. */
/** Groups of people sized with "of": "a rescue team of 10", "a family of five", "a crew of six" count people. */
export const PEOPLE_GROUPS = words(`team crew group family delegation squad unit contingent party`);

export const PERSON_NOUNS = words(`
people person persons civilian civilians soldier soldiers serviceman servicemen servicewoman servicewomen service-member
members member prisoner prisoners captive captives detainee detainees pow pows worker workers citizen citizens child children
kid kids journalist journalists official officials troop troops resident residents man men woman women victim victims
patient patients passenger passengers migrant migrants refugee refugees hostage hostages inmate inmates fighter fighters
others individual individuals adult adults student students employee employees miner miners firefighter firefighters
rescuer rescuers survivor survivors casualty casualties dead bodies injured wounded missing crew staff staffer staffers volunteer
volunteers protester protesters demonstrator demonstrators combatant combatants militant militants officer officers
personnel pilgrim pilgrims tourist tourists visitor visitors sailor sailors fisherman fishermen relative relatives family
families household households professional professionals expert experts specialist specialists doctor doctors nurse
nurses teacher teachers reporter reporters
`);

/** Two-word names for kinds of people, and the one word that means the same ("media professionals" are journalists). */
export const COMPOUND_NOUNS: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  'media professional': 'journalist',
  'media worker': 'journalist',
  'news worker': 'journalist',
  'service member': 'soldier',
  'military personnel': 'soldier',
  'health worker': 'medic',
  'medical worker': 'medic',
  'aid worker': 'volunteer',
  'law enforcement': 'police',
  'police officer': 'police',
  'prison inmate': 'prisoner',
});

/** Paraphrase classes: any word of a class matches any other (lemmas, lower case). */
export const SYNONYM_CLASSES: string[][] = [
  ['release', 'free', 'freed', 'return', 'returned', 'repatriate', 'repatriated', 'liberate', 'home', 'hand', 'handed', 'receive', 'received', 'bring', 'brought', 'come', 'came'],
  ['exchange', 'swap', 'trade', 'swapped', 'exchanged'],
  ['prisoner', 'captive', 'detainee', 'pow', 'inmate'],
  ['soldier', 'serviceman', 'troop', 'servicemen', 'combatant', 'fighter'],
  ['kill', 'killed', 'dead', 'die', 'died', 'death', 'fatality', 'fatalities', 'toll', 'life', 'lives'],
  ['injure', 'injured', 'wound', 'wounded', 'hurt', 'injury', 'injuries'],
  ['agree', 'agreed', 'agreement', 'deal', 'finalize', 'finalized', 'finalise', 'accord'],
  ['ceasefire', 'truce', 'armistice'],
  ['talk', 'talks', 'negotiation', 'negotiations', 'meeting', 'meet', 'summit'],
  ['strike', 'attack', 'struck', 'hit', 'missile', 'bomb', 'bombing', 'shell', 'shelled', 'launch', 'launched', 'slam', 'slammed', 'smash', 'smashed', 'ram', 'rammed', 'crash', 'crashed'],
  ['confirm', 'say', 'announce', 'report', 'state', 'tell', 'claim', 'write', 'post', 'call'],
  ['begin', 'began', 'start', 'started', 'launch', 'initiate', 'initiated'],
  ['evacuate', 'evacuated', 'evacuation', 'flee', 'fled', 'displace', 'displaced'],
  ['rescue', 'rescued', 'save', 'saved'],
  ['arrest', 'arrested', 'detain', 'detained', 'capture', 'captured', 'seize', 'seized'],
  ['people', 'person', 'individual'],
  ['total', 'overall', 'altogether', 'all', 'whole'],
  ['take', 'took', 'taken', 'taking'],
  ['phase', 'stage', 'round', 'part'],
  ['first', 'initial', 'opening'],
  ['phone', 'mobile', 'cellphone', 'smartphone'],
  ['fall', 'fell', 'drop', 'dropped', 'plunge', 'plunged', 'tumble', 'tumbled', 'slump', 'slumped', 'sink', 'sank'],
  ['rise', 'rose', 'climb', 'climbed', 'jump', 'jumped', 'soar', 'soared', 'increase', 'increased'],
  ['company', 'firm'],
  ['store', 'shop', 'branch'],
  ['supermarket', 'grocery', 'grocer'],
  ['checkout', 'till'],
  ['scheduled', 'due', 'slated'],
  ['decide', 'decided', 'choose', 'chose', 'chosen', 'opt', 'opted'],
  ['cancel', 'cancelled', 'canceled', 'scrap', 'scrapped', 'axe', 'axed'],
  ['close', 'closed', 'shut', 'shutdown'],
  ['fix', 'patch', 'remedy'],
  ['throw', 'thrown', 'fling', 'flung', 'hurl', 'hurled'],
  ['wreck', 'wreckage', 'debris'],
  ['investigation', 'inquiry', 'probe'],
  ['fault', 'faulty', 'flaw', 'flawed', 'defect', 'defective', 'bug', 'glitch', 'botched'],
  ['plane', 'aircraft', 'jet', 'airliner'],
  ['quake', 'quakes', 'earthquake', 'earthquakes', 'tremor', 'tremors'],
  ['pay', 'wage', 'wages', 'salary', 'salaries'],
  ['arrive', 'arrived', 'reach', 'reached'],
  ['new', 'fresh'],
  ['truck', 'lorry', 'truckload'],
  ['aid', 'relief'],
  ['child', 'children', 'kid'],
  ['resign', 'resigned', 'quit'],
  ['recover', 'recovered', 'retrieve', 'retrieved'],
  ['affect', 'affected', 'disrupt', 'disrupted'],
  ['request', 'requested', 'ask', 'asked'],
  ['low', 'lowest'],
  ['high', 'highest'],
  ['move', 'moved', 'transfer', 'transferred'],
  ['convict', 'convicted', 'guilty'],
  ['explode', 'exploded', 'explosion', 'blast', 'detonate', 'detonated', 'detonation'],
  ['ruling', 'decision', 'verdict', 'judgment', 'judgement'],
  ['dive', 'descent', 'descend', 'descended'],
  ['register', 'registered', 'accredit', 'accredited', 'enrol', 'enrolled', 'enroll'],
  ['exercise', 'drill'],
  ['headquartered', 'headquarters', 'based', 'hq'],
  ['km', 'kilometre', 'kilometer', 'kilometres', 'kilometers'],
  ['television', 'tv', 'telly'],
];

/** Event classes read from the verb near a number. */
export const EVENT_CLASSES: Record<string, string[]> = {
  kill: ['kill', 'killed', 'killing', 'kills', 'dead', 'died', 'die', 'dies', 'death', 'deaths', 'fatalities', 'toll', 'lost', 'bodies'],
  injure: ['injure', 'injured', 'injuring', 'injures', 'wound', 'wounded', 'wounding', 'hurt', 'injuries'],
  release: ['release', 'released', 'releasing', 'releases', 'free', 'freed', 'freeing', 'frees', 'return', 'returned', 'returning', 'repatriated', 'repatriate', 'received', 'receive', 'brought', 'bring', 'home', 'liberated'],
  exchange: ['exchange', 'exchanged', 'exchanging', 'swap', 'swapped', 'swapping', 'swaps', 'trade', 'traded'],
  detain: ['detained', 'held', 'hold', 'holding', 'captive', 'captivity', 'arrested', 'captured', 'jailed', 'imprisoned', 'detaining'],
  missing: ['missing', 'unaccounted'],
  evacuate: ['evacuated', 'evacuate', 'evacuating', 'displaced', 'fled'],
  rescue: ['rescued', 'rescue', 'saved', 'pulled'],
  fire: ['fired', 'firing', 'launched', 'launch', 'shot', 'struck', 'strike', 'attacked'],
  destroy: ['destroyed', 'destroying', 'destroy', 'destroys', 'damaged', 'damaging', 'razed', 'flattened', 'burned', 'burnt', 'gutted', 'lost', 'collapsed', 'toppled', 'levelled', 'leveled', 'demolished'],
};

/** How an event class reads after a number: "8 injured", "people killed". */
export const EVENT_PARTICIPLE: Record<string, string> = {
  kill: 'killed', injure: 'injured', release: 'released', exchange: 'exchanged', detain: 'held', missing: 'missing',
  evacuate: 'evacuated', rescue: 'rescued', fire: 'fired', destroy: 'destroyed',
};

export const EVENT_OF = new Map<string, string>();
for (const [ev, forms] of Object.entries(EVENT_CLASSES)) for (const f of forms) if (!EVENT_OF.has(f)) EVENT_OF.set(f, ev);

/** Words that make a number a plan or agreement rather than something done. */
export const PLAN_WORDS = words(`due planned plan plans agreed agreement deal expected will would aim aims aiming set scheduled
promised intends intend proposed planning`);

// Prototype-free records: a word such as "constructor" must not look like a number or a month.
export const NUMBER_WORDS: Record<string, number> = Object.assign(Object.create(null) as Record<string, number>, {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  dozen: 12,
});

export const SCALE_WORDS: Record<string, number> = Object.assign(Object.create(null) as Record<string, number>, { hundred: 100, thousand: 1000, million: 1e6, billion: 1e9 });

export const MONTHS: Record<string, number> = Object.assign(Object.create(null) as Record<string, number>, {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10,
  nov: 11, dec: 12,
});

export const WEEKDAYS = words('monday tuesday wednesday thursday friday saturday sunday');

/** Abbreviations after which a full stop does not end a sentence. */
/** Titles written shortened before a name ("the Rev. Ann Roe", "Gen. Ivo Brandl"): their full stop ends nothing. */
export const TITLE_ABBREVIATIONS = words('mr mrs ms dr prof rev fr hon gov sen rep gen lt col maj brig adm cdr cmdr sgt cpl capt det insp supt');

export const ABBREVIATIONS = words(`${[...TITLE_ABBREVIATIONS].join(' ')} st jr sr inc ltd co corp no vs etc
jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e a.m p.m approx est dept`);

/**
 * A bound or an approximation written just before a value ("more than 6%", "no fewer than 40", "about $3"), as
 * group 1: part of what the outlet says, shown with the value in an answer and on a disagreement's side.
 */
export const WRITTEN_QUALIFIER =
  /\b(no (?:more|fewer|less) than|not (?:more|less) than|more than|less than|fewer than|at least|at most|up to|as much as|as many as|over|under|nearly|almost|about|around|roughly|some|approximately|just|only)\s+(?:[$€£]\s*)?$/i;

/** Units that measure rather than count things worth a headline number (durations, distances, ages). */
export const MEASURE_UNITS = new Set(['year', 'years', 'day', 'days', 'hour', 'hours', 'minute', 'minutes', 'week', 'weeks', 'month', 'months', 'time', 'times', 'year-old', 'mile', 'kilometer', 'kilometre', 'km', 'meter', 'metre', 'percent']);
