/**
 * What a question wants, read from its wh-word and the head of its wh-phrase (Li and Roth's coarse and fine classes):
 * "which town" wants a place, "how old" an age, "what percentage" a share, "whom did X blame" a person. The words of
 * the wh-phrase describe the answer; they are not words the evidence must contain.
 */
import { CUE_FORMS, PERSON_NOUNS } from '../text/lexicon.ts';
import { isOrgHead, isTitleWord } from '../text/phrases.ts';
import { lemma } from '../text/tokens.ts';

export type Want =
  | 'person' // a person, or a body speaking like one: who, whom, which official
  | 'group' // a company, agency, outlet, ministry, party
  | 'place'
  | 'time' // a time of day
  | 'date'
  | 'year'
  | 'count'
  | 'age'
  | 'duration'
  | 'distance'
  | 'size'
  | 'percent'
  | 'money'
  | 'what';

/** How a who-question relates its answer to the sentence: who said it, who did it, to whom it was done. */
export type Role = 'speaker' | 'agent' | 'recipient' | 'possessor';

export interface AnswerType {
  want: Want;
  /** Lower-cased words of the wh-phrase after the wh-word ("thai newspaper"): they describe the answer. */
  focus: string[];
  /** The head of the wh-phrase ("newspaper"), or null. */
  head: string | null;
  role: Role | null;
  /** Index (into the question's words) of the first and past-the-last word of the wh-phrase. */
  from: number;
  to: number;
  /** "how long is the runway": a length or a duration, whichever the evidence gives. */
  lengthOrDuration: boolean;
  /** "what is the name of the X": the answer is X's own name, standing beside X in the evidence. */
  named?: boolean;
  /** "where was it coming from": the place is where something came from, led to by "from" in the evidence. */
  origin?: boolean;
  /** "where was it bound for", "where was it headed": the place something was going to, led to by "to" or "for". */
  destination?: boolean;
  /** "how far in advance", "how long before": a lead time ("24 hours before"), not how long something lasts. */
  leadTime?: boolean;
  /** "how long is the first phase": how long something lasts, not the time until or between things. */
  lasting?: boolean;
  /** "how severe", "how often": a degree the engine cannot read as a figure; a whole sentence does not answer it. */
  degree?: boolean;
}

const words = (s: string) => new Set(s.trim().split(/\s+/));

const AUX = words('did does do is was were are has have had will would can could should may might must being been be');
export const DETERMINERS = words('the a an its his her their this that these those our your');

const GROUP_HEADS = words(`company companies airline airlines carrier carriers agency agencies ministry body bodies organisation
organization organisations organizations utility utilities chain chains party parties broadcaster broadcasters newspaper
newspapers paper outlet outlets publication publications site website network networks channel channels firm firms group
groups authority authorities service services department departments union unions court bank banks team teams operator
operators manufacturer manufacturers maker makers insurer retailer retailers supermarket supermarkets charity charities
institution institutions university universities government governments administration council committee office station
watchdog regulator regulators newsroom magazine wire broadcasters association federation club brand provider providers
lender lenders platform platforms exchange exchanges consultancy consultancies publisher publishers studio studios
contractor contractors supplier suppliers vendor vendors startup startups conglomerate conglomerates`);

const PLACE_HEADS = words(`town towns city cities country countries place places region regions province provinces state states
village villages area areas airport airports hospital hospitals prison prisons square squares base bases motorway motorways
road roads highway highways street streets neighbourhood neighborhood neighbourhoods district districts island islands
station stations building buildings port ports camp camps venue venues location locations site sites part section
border crossing capital county municipality suburb continent nation river valley facility facilities centre center
compound harbour harbor bay coast beach lake mountain forest school church mosque temple market hotel factory plant mine
zone field arena embassy checkpoint crossing terminal runway jail jails constituency constituencies seat seats ward wards
township townships borough boroughs parish parishes hamlet hamlets prefecture prefectures stream streams creek creeks
brook brooks canal canals estuary sea seas gulf strait`);

const PERSON_NOUN = /^(?:person|man|woman|people|men|women|pilot|academic|executive|analyst|soldier|mother|father|resident|survivor|passenger|victim|doctor|nurse|expert|leader|official|boss|founder|owner|worker|hairdresser|cleaner|welder|manager|engineer|journalist|reporter|witness|neighbour|neighbor|student|teacher|player|coach|candidate|politician|lawmaker|legislator|activist|hostage|prisoner|detainee|girl|boy|child|son|daughter|wife|husband|brother|sister|scientist|economist|researcher|fan|driver|crew|staff|member|relative|employee|staffer|colleague|friend|spokesperson|farmer|rancher|grower|consultant|firefighter|officer|owner|mechanic|machinist|trader|investor|banker|broker|physician|surgeon|paramedic|volunteer|protester|protestor|striker|miner|fisherman|sailor|conductor|commentator|columnist|historian|specialist|strategist|photographer|correspondent|representative|councillor|councilor|trustee|shopkeeper|landlord|tenant|homeowner|motorist|cyclist|tourist|visitor|customer|shopper|patient|trucker|dispatcher|investigator|detective|lecturer|student|graduate|priest|pastor|imam|rabbi|chef|waiter|waitress|clerk|cashier|guard|ranger|diver|climber|hiker|athlete|mother-of-\w+|father-of-\w+|grandmother|grandfather|widow|widower|billionaire|millionaire|tycoon|entrepreneur|explorer|adventurer|diplomat|astronaut|scholar|author|writer|actor|actress|singer|forecaster|campaigner|teenager|pensioner|mp|peer|successor|predecessor|challenger|nominee|appointee|trainee|refugee|evacuee|retiree|heir|heiress|skipper|navigator|technician|musician|electrician|librarian|civilian|pedestrian|comedian|guardian|champion|winner|medallist|medalist|swimmer|boxer|skater|gymnast|sprinter|footballer|cricketer|golfer|dancer|artist|designer|director|producer|presenter|host|star|celebrity|rapper|composer|poet|architect|lawyer|attorney|prosecutor|defendant|suspect|gunman|assailant|attacker|shooter|killer|thief|robber|burglar|hacker|spy|envoy|ambassador|negotiator|mediator|juror|bishop|cardinal|monk|nun)s?$/;
/** Nouns of people made by their ending: "businessman", "chairwoman", "geologist" (not "-ian": "Australians" is a people). */
const PERSON_ENDING = /^[a-z]{3,}(?:man|men|woman|women|person|people)$|^[a-z]{3,}(?<![ls])ists?$/;

/** Whether a word names a kind of person: "which businessman", "which pilot". */
export const isPersonHead = (w: string) => PERSON_NOUN.test(w) || PERSON_ENDING.test(w);

const MONEY_NOUN = /^(?:money|cash|funding|funds|aid|compensation|damages|revenue|profit|profits|income|salary|pay|paid|cost|costs|budget|debt|investment|spending|fine|fines|ransom|insurance|cover|price|value|worth|bonus|grant|loan|bailout|payout|sales|fee|fees|tax|taxes|subsidy|reward|bail|capital|deposits|assets|loans|equity|savings|wages|earnings|loss|losses|dollars|euros|pounds)$/;
const DISTANCE_WORD = /^(?:km|kilomet(?:re|er)s|miles|met(?:re|er)s|feet|yards)$/;

const TIME_HEADS = words('time hour deadline');
const DATE_HEADS = words('date day month weekday');
const YEAR_HEADS = words('year decade century');
const PERCENT_HEADS = words('percentage percent proportion share fraction rate turnout probability chance likelihood yield inflation unemployment');
/** "What was the depth of the wreck", "what height": a length, in whatever unit the coverage gives it. */
const LENGTH_HEADS = words('depth height length width distance altitude elevation');
/** "What was the strongest gust", "what speed": a speed. */
const SPEED_HEADS = words('speed gust gusts');
const MONEY_HEADS = words('amount sum price cost fee fine salary pay valuation');
/** Nouns of a sum that an estimate or a total is of: "the jackpot estimate", "the damage total". */
const MONEY_MODIFIERS = words('jackpot prize bonus budget revenue profit loss deficit debt damage damages compensation payout bill');
/** "What sentence did they ask for", "what term", "the most prison time": a length of time, not a time of day. */
const DURATION_HEADS = words('sentence sentences term terms period periods timeframe timescale timetable');
/** "What magnitude", "what category": a figure on a scale. */
const MEASURE_HEADS = words('magnitude category level rating grade temperature temperatures');
/** "What was the turnout / the majority / the toll estimate": a figure, not a statement. */
const COUNT_HEADS = words('majority estimate tally toll total number count figure');
/** "What did the lenders lose", "what was it worth": money, whatever noun follows. */
const MONEY_VERBS = /^(?:lose|lost|worth|cost|costs|owe|owed|raise|raised|pay|paid|spend|spent|earn|earned|fetch|fetched)$/;
const LIMIT_NOUN = /^(?:cap|ceiling|limit)$/;
const MONEY_PROGRESSIVE = /^(?:costing|losing|earning|paying|spending|owing|raising)$/;

/** A word that can end a wh-phrase: an auxiliary, a verb form or a determiner starts the rest of the question. */
function endsPhrase(w: string, next: string | undefined): boolean {
  // ("what kind of weather warning did …": a cue's form an auxiliary follows is a noun, the phrase's head.)
  if (AUX.has(w) || (CUE_FORMS.has(w) && !AUX.has(next ?? '')) || /^(?:that|who|which|to|in|at|on|from|by|for|with|of|after|before)$/.test(w)) return true;
  if (/ed$/.test(w) && w.length > 4) return true;
  // "which company makes the engines": a word followed by a determiner is a verb.
  return next !== undefined && next !== 'that' && DETERMINERS.has(next);
}

/** Whether the question ends on a verb of money, before a named payer ("cost Tarnby") and a source ("according to …"). */
function moneyVerbLast(ws: string[], written: string[]): boolean {
  const according = ws.findIndex((x, i) => x === 'according' && ws[i + 1] === 'to');
  const end = according > 0 ? according : ws.length;
  if (MONEY_VERBS.test(ws[end - 1] ?? '')) return true;
  return MONEY_VERBS.test(ws[end - 2] ?? '') && /^\p{Lu}/u.test(written[end - 1] ?? '');
}

const IRREGULAR_PAST = words('saw took made gave put sent led ran won lost held kept left told said wrote spoke brought bought built came became began fell got went hit');

const isHeadNoun = (w: string) => {
  const l = lemma(w);
  return [GROUP_HEADS, PLACE_HEADS, TIME_HEADS, DATE_HEADS, YEAR_HEADS, PERCENT_HEADS, MONEY_HEADS].some((set) => set.has(w) || set.has(l)) || isTitleWord(w) || isPersonHead(w);
};

/** Verbs whose object is what is said, not a person: "which official did the ministry say was …" asks a subject. */
const SAYING = /^(?:say|said|claim|claimed|believe|think|report|reported|announce|announced|expect|estimate)$/;

/** A change that ends at a figure: "risen to", "fallen to", "climbed to". */
const RISEN_TO = /^(?:risen|rose|rise|fallen|fell|fall|grown|grew|climbed|climb|dropped|drop|increased|decreased|jumped|surged|soared|slipped|sunk|sank|gone|come|slowed|slow|eased|ease|cooled|cool|accelerated|accelerate|quickened|quicken|widened|widen|narrowed|narrow|shrunk|shrank|shrink|swelled|swollen|swell)$/;

/** Nouns of a change: "a pay rise", "a price hike", "a 10% cut". */
const CHANGE_NOUNS = /^(?:rise|raise|increase|hike|cut|cuts|fall|drop|reduction|decrease|gain|jump)$/;

/** Words of going somewhere: "bound for", "headed", "heading to", "destined for". */
const GOING = /^(?:bound|headed|heading|destined|travelling|traveling|sailing|flying|going|en-route)$/;

const CHANGE_VERBS = /^(?:drop|fall|rise|climb|slide|slip|sink|gain|lose|jump|surge|plunge|tumble|increase|decrease|grow|shrink|decline|soar|recover|rebound|bounce|rally|slump|dip|advance|retreat)$/;

/** A word that ends the noun phrase after "what is": a preposition, a pronoun, an auxiliary or a relative word. */
const ENDS_NOUN_PHRASE = /^(?:of|in|on|at|for|from|by|before|after|when|that|which|who|to|during|since|under|over|he|she|it|they|we|you|i|could|would|should|can|will|may|might|must|did|does|do|had|has|have|is|was|were|are|called|named)$/;

/** A head noun that names a measured figure: a share, a length, a speed, an age, a change. */
function figureHead(head: string, l: string): { want: Want; head?: string } | null {
  if (PERCENT_HEADS.has(head) || PERCENT_HEADS.has(l)) return { want: 'percent' };
  // "What wage increase had the union sought?": the size of a change, told as a share.
  if (CHANGE_NOUNS.test(head)) return { want: 'percent' };
  if (LENGTH_HEADS.has(head) || LENGTH_HEADS.has(l)) return { want: 'distance' };
  if (SPEED_HEADS.has(head)) return { want: 'size', head: 'speed' };
  if (head === 'age') return { want: 'age' };
  return null;
}

/**
 * "What was the turnout?", "what is the most prison time he could get?", "what was the first death toll estimate?":
 * the head of the noun phrase after the copula asks for a figure (a share, a length of time, a count), not a
 * statement. Null when it asks for anything else.
 */
function copulaFigure(ws: string[], from: number): AnswerType | null {
  let e = from;
  // "the", "his", "Acme's": what owns or picks out the thing is not its head.
  while (e < ws.length && (DETERMINERS.has(ws[e]!) || /['’]s$/.test(ws[e]!))) e++;
  const start = e;
  // "the biggest fine the regulator can impose": a determiner opens the clause after the noun.
  while (e < ws.length && !ENDS_NOUN_PHRASE.test(ws[e]!) && !(e > start && DETERMINERS.has(ws[e]!))) e++;
  if (e === start) return null;
  const head = ws[e - 1]!;
  const l = lemma(head);
  // Only the head describes the figure ("the turnout"); its modifiers say which one ("the two-year Treasury yield").
  const base = { focus: [head], head, role: null, lengthOrDuration: false, from: e - 1, to: e };
  const measure = figureHead(head, l);
  if (measure) return { ...base, ...measure };
  if (MONEY_HEADS.has(head) || MONEY_HEADS.has(l)) return { ...base, want: 'money' };
  // "What was the temperature during the race?", as "what temperature": a figure on a scale.
  if (MEASURE_HEADS.has(head)) return { ...base, want: 'size' };
  // "What is the hacker's name?": a name owned by the one asked about is a person's, or a body's.
  if (head === 'name' && e - start === 1 && start > from && /['’]s$/.test(ws[start - 1]!)) {
    const owner = ws[start - 1]!.replace(/['’]s$/, '');
    return { ...base, want: GROUP_HEADS.has(owner) || GROUP_HEADS.has(lemma(owner)) ? 'group' : 'person', named: true };
  }
  if (DURATION_HEADS.has(head) || DURATION_HEADS.has(l) || (head === 'time' && e - start >= 2 && !/^(?:what|which|first|last|exact|same)$/.test(ws[e - 2]!))) return { ...base, want: 'duration' };
  // "What was the jackpot estimate?": an estimate of a sum is money.
  if ((COUNT_HEADS.has(head) || COUNT_HEADS.has(l)) && e - start >= 2 && (MONEY_HEADS.has(ws[e - 2]!) || MONEY_MODIFIERS.has(ws[e - 2]!))) return { ...base, want: 'money' };
  if (COUNT_HEADS.has(head) || COUNT_HEADS.has(l)) return { ...base, want: 'count' };
  // "What was the deadline for leaving?": a time of day.
  if (TIME_HEADS.has(head) && head !== 'time') return { ...base, want: 'time' };
  return null;
}

const PARTICIPLE_AFTER_NOUN = /^(?:[a-z]{3,}ed|set|paid|made|given|taken|put|cut|held|sold|spent|won|lost|agreed)$/;

const FAR_WHERE = /^(?:offshore|inland|away|off|out|north|south|east|west|underground|downstream|upstream|below|above|beneath|deep|down|up)$/;

/** Reads the answer type of a question from its lower-cased words (and, where given, the words as written). */
export function answerType(ws: string[], written: string[] = ws, nameOf = false): AnswerType {
  const base = { focus: [] as string[], head: null as string | null, role: null as Role | null, lengthOrDuration: false };
  const wh = ws.findIndex((w) => /^(?:who|whom|whose|which|what|when|where|how)$/.test(w));
  if (wh < 0) return { ...base, want: 'what', from: 0, to: 0 };
  const w = ws[wh]!;
  const next = ws[wh + 1];
  const before = ws.slice(Math.max(0, wh - 2), wh).join(' ');
  const at = (want: Want, to: number, extra: Partial<AnswerType> = {}): AnswerType => ({ ...base, want, from: wh, to, ...extra });

  if (w === 'how') {
    const m = next ?? '';
    // "how many kilometres of road": a distance, compared in metres whatever unit the coverage uses.
    if (m === 'many' && DISTANCE_WORD.test(ws[wh + 2] ?? '')) return at('distance', wh + 3);
    if (m === 'many') return at('count', wh + 2);
    if (m === 'old') return at('age', wh + 2);
    const advance = ws[wh + 2] === 'in' && ws[wh + 3] === 'advance';
    if (m === 'long' || (m === 'far' && advance)) {
      // "how long is the runway" may want a length; "how long did it take" a duration.
      const thing = ws[wh + 2] && AUX.has(ws[wh + 2]!) && !/^(?:did|does|do|will|would|can|could|has|have|had)$/.test(ws[wh + 2]!) && ws[wh + 3] === 'the';
      const leadTime = advance || (m === 'long' && ws[wh + 2] === 'before');
      const lasting = wh === 0 && m === 'long' && /^(?:is|was|are|were|will|would|does|did)$/.test(ws[2] ?? '') && !ws.some((x) => /^(?:after|before|ago|until|since|later)$/.test(x));
      return at('duration', m === 'far' ? wh + 4 : wh + 2, { lengthOrDuration: !!thing && m === 'long', leadTime, lasting });
    }
    // "How far offshore was the cable cut?": the direction is what the distance is told beside ("31km offshore").
    if (m === 'far' && FAR_WHERE.test(ws[wh + 2] ?? '')) return at('distance', wh + 3, { focus: [ws[wh + 2]!], head: ws[wh + 2]! });
    if (m === 'far') return at(/^(?:did|does|do)$/.test(ws[wh + 2] ?? '') || before === 'by' ? 'percent' : 'distance', wh + 2);
    // "how big a pay rise": the size of a change, told as a share.
    if (/^(?:big|large|small)$/.test(m) && /^an?$/.test(ws[wh + 2] ?? '') && ws.slice(wh + 3, wh + 6).some((x) => CHANGE_NOUNS.test(x))) return at('percent', wh + 2);
    // "How heavy is the lander?": a weight, in the units weights are given in.
    if (m === 'heavy') return at('size', wh + 2, { head: 'weight' });
    // "How strong were the winds?": a wind's strength is its speed.
    if (m === 'strong' && ws.some((x) => /^(?:winds?|gusts?)$/.test(x))) return at('size', wh + 2, { head: 'speed' });
    if (/^(?:high|tall|deep|wide|big|large|low|strong|powerful)$/.test(m)) return at('size', wh + 2);
    // "How fast was the ship going?": a speed, in the units speeds are given in.
    if (m === 'fast') return at('size', wh + 2, { head: 'speed' });
    if (m === 'much') {
      // "by how much did shares fall" wants a share; "how much money" money; "how much rain" a measure of rain.
      if (before.endsWith('by')) return at('percent', wh + 2);
      // "how much did the shares drop": a change, told as a share of what was there.
      // …but "how much did the passengers lose": what people lose is money.
      const change = ws.slice(wh + 3).findIndex((x) => CHANGE_VERBS.test(x));
      if (/^(?:did|does|do|had|has|have)$/.test(ws[wh + 2] ?? '') && change >= 0) {
        const lost = /^los[et]$/.test(ws[wh + 3 + change]!) && ws.slice(wh + 3, wh + 3 + change).some((x) => PERSON_NOUNS.has(x) || isPersonHead(x));
        return at(lost ? 'money' : 'percent', wh + 2);
      }
      const noun = ws[wh + 2];
      // "how much time did he get": a length of time.
      if (noun === 'time') return at('duration', wh + 3);
      const phrase = ws.slice(wh + 2, wh + 5);
      if (noun && !AUX.has(noun) && !phrase.some((w) => MONEY_NOUN.test(w)) && !/^(?:more|less|of|the|did|does|do|has|have|had|was|were|is|are|will)$/.test(noun)) return at('size', wh + 2, { head: noun });
      return at('money', wh + 2, { lengthOrDuration: false });
    }
    // "How did it start?" asks a manner, told by a sentence; "how severe", "how often" ask a degree.
    return at('what', wh + 1, { degree: !AUX.has(m) });
  }
  if (w === 'when') return at('date', wh + 1, { head: 'when' });
  // "Where did the parade begin?" asks where it set out from, as "where did it come from" does.
  if (w === 'where') return at('place', wh + 1, { head: 'where', origin: ws[ws.length - 1] === 'from' || ws[wh - 1] === 'from' || /^(?:begin|start)$/.test(ws[ws.length - 1] ?? ''), destination: ws.slice(wh + 1).some((x) => GOING.test(x)) });
  // "Who did the premier make his deputy?" asks for the object, as "whom" does.
  if (w === 'who') return at('person', wh + 1, { role: before.endsWith('according to') ? 'speaker' : (/^(?:did|does|do)$/.test(next ?? '') && !ws.slice(wh + 2).some((x) => SAYING.test(x)) && !before) || askedInPassive(ws, wh + 1) ? 'recipient' : null });
  if (w === 'whom') return at('person', wh + 1, { role: before.endsWith('according to') ? 'speaker' : before.endsWith('to') || before.endsWith('by') ? 'agent' : 'recipient' });
  if (w === 'whose') {
    let k = wh + 1;
    // "Whose world record fell …": a verb in the past ends the owned noun's phrase.
    while (k < ws.length && !endsPhrase(ws[k]!, ws[k + 1]) && !(k > wh + 1 && IRREGULAR_PAST.has(ws[k]!))) k++;
    return at('person', k, { role: 'possessor', focus: ws.slice(wh + 1, k) });
  }
  // "What is the name of the crisis centre that met …": read as "which crisis centre met …"; a name is wanted.
  const of = w === 'what' && /^(?:is|was|are|were)$/.test(next ?? '') && ws[wh + 2] === 'the' && /^names?$/.test(ws[wh + 3] ?? '') && ws[wh + 4] === 'of' ? wh + 5 : -1;
  if (of > 0) {
    const skip = DETERMINERS.has(ws[of] ?? '') ? 1 : 0;
    const inner = answerType(['which', ...ws.slice(of + skip)], undefined, true);
    // The phrase says which thing is meant, so the evidence must hold it: only its head noun describes the answer.
    return { ...inner, want: inner.want === 'person' ? 'person' : 'group', focus: inner.head ? [inner.head] : [], from: wh, to: of + skip, named: true };
  }
  // "What was Acme's lowest share price …": the noun phrase after the copula names what is asked; a price is money.
  if (w === 'what' && /^(?:is|was|are|were)$/.test(next ?? '')) {
    let e = wh + 2;
    while (e < ws.length && !/^(?:of|in|on|at|for|from|by|before|after|when|that|which|to|during|since)$/.test(ws[e]!)) e++;
    // "What was the deadline set for …", "the amount paid to …": a participle after the noun says which one it is.
    const noun = (e > wh + 3 && PARTICIPLE_AFTER_NOUN.test(ws[e - 1]!) ? ws[e - 2] : ws[e - 1]) ?? '';
    if (noun !== ws[e - 1] && TIME_HEADS.has(noun) && noun !== 'time') return at('time', wh + 1, { focus: [noun], head: noun });
    if (e > wh + 2 && (MONEY_HEADS.has(noun) || MONEY_HEADS.has(lemma(noun)) || MONEY_VERBS.test(noun))) return at('money', wh + 1, { focus: [noun], head: noun });
    // "What was the cap on wholesale electricity prices?": a limit on a sum is a sum.
    if (e > wh + 2 && LIMIT_NOUN.test(noun) && ws[e] === 'on' && ws.slice(e + 1).some((x) => MONEY_NOUN.test(x) || MONEY_NOUN.test(lemma(x)))) return at('money', wh + 1, { focus: [noun], head: noun });
    const figure = copulaFigure(ws, wh + 2);
    if (figure) return figure;
  }
  // "What did the lenders lose?", "what does it cost?": an amount of money.
  // ("What did the summit cost Tarnby, according to its ministry?": the verb before a named payer and a source.)
  if (w === 'what' && /^(?:did|does|do)$/.test(next ?? '') && moneyVerbLast(ws, written)) return at('money', wh + 1);
  // "What could the closure be costing trade each week?": what a thing is costing, losing or earning is a sum.
  if (w === 'what' && AUX.has(next ?? '') && ws.slice(wh + 2).some((x) => MONEY_PROGRESSIVE.test(x))) return at('money', wh + 1);
  // "What would average pay have risen to?", "what has the toll climbed to": the figure it reached; money when what
  // rose is money.
  const reached = w === 'what' && AUX.has(next ?? '') ? ws.findIndex((x, i) => i > wh + 2 && RISEN_TO.test(x) && ws[i + 1] === 'to') : -1;
  if (reached > 0) {
    const subject = ws.slice(wh + 2, reached);
    return at(subject.some((x) => MONEY_NOUN.test(x)) ? 'money' : subject.some((x) => PERCENT_HEADS.has(x)) ? 'percent' : 'count', wh + 1);
  }
  // which / what + phrase: up to the last known head noun in its first words, else up to the verb.
  let k = wh + 1;
  // "which company runs Tarnby station", "which minister demanded Oskco pay": a word a name follows is the verb, and
  // the name opens its object; so is a word in the past a figure follows ("which agency confirmed 40 drivers").
  const verbBeforeName = (i: number) => i > wh + 1 && /^\p{Ll}+(?:s|ed)$/u.test(written[i] ?? '') && (/^\p{Lu}/u.test(written[i + 1] ?? '') || (/ed$/.test(written[i]!) && /^\d/.test(written[i + 1] ?? '')));
  while (k < ws.length && !endsPhrase(ws[k]!, ws[k + 1]) && !(k > wh + 1 && IRREGULAR_PAST.has(ws[k]!)) && !verbBeforeName(k)) k++;
  // A head noun can look like a verb ("which US state were …" is not "state" the cue): look up to the auxiliary.
  let limit = wh + 1;
  while (limit < ws.length && !AUX.has(ws[limit]!) && !DETERMINERS.has(ws[limit + 1] ?? '') && !verbBeforeName(limit) && limit < wh + 5) limit++;
  // "which crisis centre that met": the word before a determiner still belongs to the phrase.
  if (limit < ws.length && !AUX.has(ws[limit]!) && DETERMINERS.has(ws[limit + 1] ?? '')) limit++;
  // "which agency said hackers …": a word of saying ends the phrase, whatever noun follows it.
  if (k < limit && k > wh + 1 && CUE_FORMS.has(ws[k]!) && /(?:ed|said|says|told|tells|wrote|writes)$/.test(ws[k]!)) limit = k;
  for (let e = Math.max(k, limit) - 1; e > wh; e--) {
    // "what pay increase had they sought": a change ends the phrase when an auxiliary follows it ("which firm cut
    // jobs" has a verb there).
    // "which relative of Dr Roe": a title past an "of" opens the name of whom the asked one is, not the head.
    if (isTitleWord(ws[e]!) && ws.slice(wh + 2, e).includes('of')) continue;
    if (isHeadNoun(ws[e]!) || (CHANGE_NOUNS.test(ws[e]!) && AUX.has(ws[e + 1] ?? ''))) {
      k = e + 1;
      break;
    }
  }
  let focus = ws.slice(wh + 1, k);
  // "Which company's shares fell …": the possessor is asked for; what it owns is the question's matter. ("The name of
  // the driver's passenger" asks the passenger's.)
  if (!nameOf && ws[wh] === 'which' && focus.length > 1 && /['’]s$/.test(focus[0]!) && isHeadNoun(focus[0]!.replace(/['’]s$/, ''))) {
    k = wh + 2;
    focus = [focus[0]!.replace(/['’]s$/, '')];
  }
  // "what type of aircraft", "which part of the wreck": the head is the word after "of".
  if (ws[k] === 'of' && focus.length && /^(?:type|kind|sort|part|name|number|proportion|share|percentage|amount)$/.test(focus[focus.length - 1]!)) {
    let e = k + 1;
    while (e < ws.length && DETERMINERS.has(ws[e]!)) e++;
    while (e < ws.length && !endsPhrase(ws[e]!, ws[e + 1])) e++;
    const ofPhrase = ws.slice(k + 1, e).filter((x) => !DETERMINERS.has(x));
    if (/^(?:part|proportion|share|percentage|amount|number)$/.test(focus[focus.length - 1]!)) {
      // The head stays: "which part" of something is a place; "what share of flights" is a share.
    } else {
      focus = [...focus, ...ofPhrase];
    }
    k = e;
  }
  const head = focus.length ? focus[focus.length - 1]! : null;
  const h = head ? lemma(head) : '';
  // "which broadcaster did the hairdresser tell …": the asked one is the object of the verb after the subject.
  const object = /^(?:did|does|do)$/.test(ws[k] ?? '') && !ws.slice(k + 1).some((x) => SAYING.test(x));
  const fx = { focus, head };
  // "which comedian was slapped?" asks the one it was done to, as the object asked after "did" is.
  const asked = object || askedInPassive(ws, k) ? { ...fx, role: 'recipient' as const } : fx;
  if (!head) return at('what', k, fx);
  if (DURATION_HEADS.has(head) || DURATION_HEADS.has(h)) return at('duration', k, fx);
  if (MEASURE_HEADS.has(head)) return at('size', k, fx);
  if (TIME_HEADS.has(head) || TIME_HEADS.has(h)) return at('time', k, fx);
  // "what month and year" wants a month with its year: a date.
  if (YEAR_HEADS.has(head) || YEAR_HEADS.has(h)) return at(focus.includes('month') ? 'date' : 'year', k, fx);
  if (DATE_HEADS.has(head) || DATE_HEADS.has(h)) return at('date', k, fx);
  const measure = figureHead(head, h);
  if (measure) return at(measure.want, k, { ...fx, head: measure.head ?? head });
  if (MONEY_HEADS.has(head)) return at('money', k, fx);
  // "which attorney-general": a title joined by a hyphen is read by its last part.
  const last = head.includes('-') ? head.slice(head.lastIndexOf('-') + 1) : head;
  if ((isTitleWord(last) && !PLACE_HEADS.has(head)) || isPersonHead(last)) return at('person', k, asked);
  if (PLACE_HEADS.has(head) || PLACE_HEADS.has(h)) return at('place', k, fx);
  if (GROUP_HEADS.has(head) || GROUP_HEADS.has(h) || isOrgHead(head)) return at('group', k, asked);
  // "From which cosmodrome …", "in which room …": a thing a preposition of place leads to is where.
  // (Not a moment in a sequence, "in which minute", a vehicle, "from which ship", or a work quoted, "from which play".)
  if (ws[wh] === 'which' && LOCATIVE_BEFORE.has(ws[wh - 1] ?? '') && !NOT_PLACES.test(h)) return at('place', k, fx);
  return at('what', k, fx);
}
const LOCATIVE_BEFORE = new Set(['in', 'at', 'from', 'into', 'inside', 'near']);
const NOT_PLACES =
  /^(?:second|minute|hour|day|week|month|year|round|half|quarter|period|inning|lap|set|game|match|stage|phase|ballot|vote|edition|episode|chapter|page|case|way|order|language|currency|ship|boat|vessel|plane|aircraft|jet|helicopter|vehicle|car|truck|lorry|train|bus|flight|rocket|play|book|film|movie|song|poem|speech|report|document|statement|letter|article|newspaper|paper|interview|broadcast|programme|program|show|series|novel|story|text|address|post|tweet|video|podcast|source|account|fund|budget)$/;

/** Participles that pass their subject on to a verb after them: "was expected to mediate". */
const RAISING = /^(?:expected|supposed|scheduled|thought|believed|said|reported|rumoured|rumored|understood|known|alleged|seen|considered|tipped|slated|poised|due)$/;

/** Participles that end in neither "-ed" nor "-en". */
const IRREGULAR_PARTICIPLE = /^(?:shot|hit|hurt|struck|held|sent|found|sold|built|led|put|cut|kept|brought|caught|left|made|paid|won|lost|sentenced|beat|spent|bought|fought|met|named|stung|hung|flung|swept|shut|bit|split|struck|dealt)$/;

/**
 * Whether the words from `k` are a passive with no agent asked: "(which comedian) was slapped?", "who were hurt in
 * the crash?". Not "who was the captain" (no participle), nor "who was it hit by?" (the agent is asked).
 */
function askedInPassive(ws: string[], k: number): boolean {
  let i = k;
  if (/^(?:has|have|had)$/.test(ws[i] ?? '') && ws[i + 1] === 'been') i += 2;
  else if (/^(?:was|were|is|are|being)$/.test(ws[i] ?? '')) i++;
  else return false;
  const p = ws[i] ?? '';
  // ("Who was expected in Tarnby to mediate?", "who was said to be …": a verb that follows says what the subject does.)
  return ((/ed$/.test(p) && p.length > 4) || (/en$/.test(p) && p.length > 4) || IRREGULAR_PARTICIPLE.test(p)) && !RAISING.test(p) && !ws.slice(i + 1).includes('by') && ws[i + 1] !== 'to';
}
