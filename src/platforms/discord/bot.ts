/**
 * The Discord adapter: a discord.js gateway client that registers /swap, acknowledges every interaction at once
 * (a deferral, well inside Discord's 3 seconds), then answers by editing the reply and following up with the rest.
 * It only translates between Discord and the bot service; rendering lives in render.ts.
 */
import { AttachmentBuilder, Client, Events, ShardClientUtil, GatewayIntentBits, MessageFlags, PermissionFlagsBits, type ButtonInteraction, type ChatInputCommandInteraction, type Interaction } from 'discord.js';
import type { AdapterDeps } from '../../bot/adapter-deps.ts';
import { NOT_ALLOWED, schedule, subscribe, unsubscribe, type ChannelRef } from '../../bot/subscriptions.ts';
import { feedsCommand } from '../../bot/feeds.ts';
import type { DiscordConfig } from '../../config.ts';
import { registerCommands } from './register.ts';
import { renderDigest, renderHelp, renderSources, type DiscordMessage } from './render.ts';
import { PICTURE_NAME, renderCompactAnswer, renderCompactDigest, renderFeedback, renderItemSources } from './render-compact.ts';
import { ShownItems } from '../../bot/shown.ts';
import { decodeAction, isOurs } from '../../bot/actions.ts';
import { FEEDBACK_NOT_ALLOWED, recordVote } from '../../bot/feedback.ts';
import { cachedCoveragePng } from '../picture/index.ts';
import type { Digest } from '../../engine/index.ts';

/** Nobody is ever pinged: not by article text, not by a question that contains @everyone or a role. */
export const NO_MENTIONS = { parse: [] as const, repliedUser: false };

export interface DiscordDeps extends AdapterDeps {
  config: DiscordConfig;
}

const SUBSCRIPTION_COMMANDS = new Set(['subscribe', 'unsubscribe', 'schedule', 'feeds']);
/** Commands whose reply only the person who asked sees. */
const PRIVATE_COMMANDS = new Set([...SUBSCRIPTION_COMMANDS, 'help', 'feedback']);

/** The subscription subcommands: only members who can manage the server may change a subscription. */
async function subscriptionReply(interaction: ChatInputCommandInteraction, sub: string, deps: DiscordDeps): Promise<string> {
  if (!deps.store) return 'Daily digests are not available in this run of the bot (it has no store).';
  if (!interaction.guildId) return 'Daily digests are for server channels, not direct messages.';
  const ref: ChannelRef = { platform: 'discord', workspace: interaction.guildId, channel: interaction.channelId, user: interaction.user.tag };
  const now = (deps.clock ?? (() => new Date()))();
  if (sub === 'schedule') return (await schedule(deps.store, ref, now)).text;
  const action = interaction.options.getString('action') ?? 'list';
  if (sub === 'feeds' && action === 'list') return (await feedsCommand(deps.store, deps.feeds ?? [], 'list', null, ref.user, now)).text;
  if (!interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) return NOT_ALLOWED;
  if (sub === 'feeds') return (await feedsCommand(deps.store, deps.feeds ?? [], action, interaction.options.getString('url'), ref.user, now)).text;
  if (sub === 'subscribe') return (await subscribe(deps.store, ref, interaction.options.getString('time'), interaction.options.getString('timezone'), now)).text;
  return (await unsubscribe(deps.store, ref)).text;
}

export interface DiscordBot {
  client: Client;
  stop(): Promise<void>;
}

/** Discord mention markup in a question is addressing, not content: `<@id>`, `<@&id>`, `<#id>`, @everyone, @here. */
export function questionText(raw: string): string {
  return raw.replace(/<(?:@[!&]?|#)\d+>|@(?:everyone|here)\b/g, ' ').replace(/\s+/g, ' ').trim();
}

/** `/swap feedback`: the most-reported facts and answers, for members who manage the server. */
async function feedbackReply(interaction: ChatInputCommandInteraction, deps: DiscordDeps): Promise<DiscordMessage> {
  if (!deps.store) return { content: 'Feedback is not available in this run of the bot (it has no store).', embeds: [] };
  if (!interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) return { content: FEEDBACK_NOT_ALLOWED, embeds: [] };
  return renderFeedback(await deps.store.feedback('discord', interaction.guildId ?? 'dm', 10));
}

/** A message as sent: rendered, plus any files attached. */
type Outgoing = DiscordMessage & { files?: AttachmentBuilder[] };

/** A message with the digest's picture attached, when it can be drawn; without it (and a log line) when not. */
async function withPicture(d: Digest, deps: DiscordDeps, render: (picture: boolean) => DiscordMessage): Promise<Outgoing> {
  const png = await (deps.picture ?? cachedCoveragePng)(d).catch((err: unknown) => (deps.logger.error({ platform: 'discord', err }, 'coverage picture failed; sending without it'), null));
  return { ...render(png !== null), files: png ? [new AttachmentBuilder(png, { name: PICTURE_NAME })] : [] };
}

/** What a subcommand shows, as messages: the compact digest and answers with their buttons, or the full views. */
export async function respond(sub: string, question: string | null, deps: DiscordDeps, shown: ShownItems): Promise<Outgoing[]> {
  switch (sub) {
    case 'facts': {
      const d = shown.digest();
      return [await withPicture(d, deps, (picture) => renderCompactDigest(d, { picture }))];
    }
    case 'ask': {
      const { answer, id } = shown.ask(questionText(question ?? ''), question ?? '');
      return [renderCompactAnswer(answer, id)];
    }
    case 'digest':
      return renderDigest(deps.service.digest(deps.today()));
    case 'sources':
      return renderSources(deps.service.digest(deps.today()));
    default:
      return renderHelp(deps.commandName);
  }
}

async function handle(interaction: ChatInputCommandInteraction, deps: DiscordDeps, shown: ShownItems): Promise<void> {
  const sub = interaction.options.getSubcommand(false) ?? 'help';
  const started = Date.now();
  // Acknowledge first: the answer may take longer than the 3 seconds Discord allows for the first response.
  await interaction.deferReply(PRIVATE_COMMANDS.has(sub) ? { flags: MessageFlags.Ephemeral } : {});
  try {
    const messages: Outgoing[] = SUBSCRIPTION_COMMANDS.has(sub)
      ? [{ content: await subscriptionReply(interaction, sub, deps), embeds: [] }]
      : sub === 'feedback'
        ? [await feedbackReply(interaction, deps)]
        : await respond(sub, interaction.options.getString('question'), deps, shown);
    const [first, ...rest] = messages;
    await interaction.editReply({ content: first?.content ?? '', embeds: first?.embeds ?? [], components: first?.components ?? [], files: first?.files ?? [], allowedMentions: NO_MENTIONS });
    for (const m of rest) await interaction.followUp({ content: m.content, embeds: m.embeds, components: m.components ?? [], allowedMentions: NO_MENTIONS });
    deps.logger.info({ platform: 'discord', command: sub, guild: interaction.guildId, shard: interaction.guildId ? ShardClientUtil.shardIdForGuildId(interaction.guildId, interaction.client.options.shardCount ?? 1) : 0, ms: Date.now() - started, messages: messages.length }, 'answered');
  } catch (err) {
    deps.logger.error({ platform: 'discord', command: sub, err }, 'command failed');
    await interaction.deleteReply().catch(() => undefined);
    await interaction.followUp({ content: 'Sorry, something went wrong while answering. It has been logged; please try again.', flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS }).catch(() => undefined);
  }
}

/**
 * A click on one of our buttons: the item's sources, or a vote on it, shown to the clicker only. The button's id
 * carries the item, so this works for messages sent before a restart.
 */
async function handleClick(interaction: ButtonInteraction, deps: DiscordDeps, shown: ShownItems): Promise<void> {
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const reply = (m: DiscordMessage) => interaction.editReply({ content: m.content ?? '', embeds: m.embeds, components: m.components ?? [], allowedMentions: NO_MENTIONS });
  try {
    const action = decodeAction(interaction.customId);
    if (!action) return void (await reply({ content: 'This button is from an older version of the bot and no longer works; run the command again.', embeds: [] }));
    const found = await shown.find(action.item);
    if (!found.ok) return void (await reply({ content: found.text, embeds: [] }));
    if (action.kind === 'sources') await reply(renderItemSources(found.item));
    else {
      const voter = { platform: 'discord' as const, workspace: interaction.guildId ?? 'dm', user: interaction.user.id };
      await reply({ content: await recordVote(deps.store, voter, action.vote, found.item, (deps.clock ?? (() => new Date()))()), embeds: [] });
    }
    deps.logger.info({ platform: 'discord', click: action.kind, guild: interaction.guildId }, 'answered a click');
  } catch (err) {
    deps.logger.error({ platform: 'discord', click: interaction.customId, err }, 'click failed');
    await reply({ content: 'Sorry, something went wrong with that button. It has been logged; please try again.', embeds: [] }).catch(() => undefined);
  }
}

/** Logs in, registers the command and answers interactions until stopped. */
export async function startDiscord(deps: DiscordDeps): Promise<DiscordBot> {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: NO_MENTIONS,
    rest: deps.config.apiUrl ? { api: deps.config.apiUrl } : {},
    // discord.js's own sharding: this process opens a gateway connection for each of its shards; Discord sends each
    // interaction to the shard of its server, so hosts that split the shards each answer their own servers.
    ...(deps.config.shards ? { shards: deps.config.shards } : {}),
    ...(deps.config.shardCount ? { shardCount: deps.config.shardCount } : {}),
  });
  const shown = new ShownItems(deps);
  client.on(Events.InteractionCreate, (interaction: Interaction) => {
    const failed = (err: unknown) => deps.logger.error({ platform: 'discord', err }, 'interaction could not be acknowledged');
    if (interaction.isButton() && isOurs(interaction.customId)) return void handleClick(interaction, deps, shown).catch(failed);
    if (!interaction.isChatInputCommand() || interaction.commandName !== deps.commandName) return;
    handle(interaction, deps, shown).catch(failed);
  });
  client.on(Events.Error, (err) => deps.logger.error({ platform: 'discord', err }, 'client error'));
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(deps.config.token);
  await ready;
  const scope = await registerCommands(client.rest, deps.config, deps.commandName);
  deps.logger.info({ platform: 'discord', user: client.user?.tag, scope, shards: client.options.shards, shardCount: client.options.shardCount }, 'logged in and registered commands');
  return {
    client,
    async stop() {
      await client.destroy();
    },
  };
}
