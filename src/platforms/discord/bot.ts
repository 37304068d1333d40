/**
 * The Discord adapter: a discord.js gateway client that registers /swap, acknowledges every interaction at once
 * (a deferral, well inside Discord's 3 seconds), then answers by editing the reply and following up with the rest.
 * It only translates between Discord and the bot service; rendering lives in render.ts.
 */
import { Client, Events, GatewayIntentBits, MessageFlags, PermissionFlagsBits, type ChatInputCommandInteraction, type Interaction } from 'discord.js';
import type { AdapterDeps } from '../../bot/adapter-deps.ts';
import { NOT_ALLOWED, schedule, subscribe, unsubscribe, type ChannelRef } from '../../bot/subscriptions.ts';
import { feedsCommand } from '../../bot/feeds.ts';
import type { DiscordConfig } from '../../config.ts';
import { registerCommands } from './register.ts';
import { renderAnswer, renderDigest, renderFacts, renderHelp, renderSources, type DiscordMessage } from './render.ts';

/** Nobody is ever pinged: not by article text, not by a question that contains @everyone or a role. */
export const NO_MENTIONS = { parse: [] as const, repliedUser: false };

export interface DiscordDeps extends AdapterDeps {
  config: DiscordConfig;
}

const SUBSCRIPTION_COMMANDS = new Set(['subscribe', 'unsubscribe', 'schedule', 'feeds']);

/** The subscription subcommands: only members who can manage the server may change a subscription. */
function subscriptionReply(interaction: ChatInputCommandInteraction, sub: string, deps: DiscordDeps): string {
  if (!deps.store) return 'Daily digests are not available in this run of the bot (it has no store).';
  if (!interaction.guildId) return 'Daily digests are for server channels, not direct messages.';
  const ref: ChannelRef = { platform: 'discord', workspace: interaction.guildId, channel: interaction.channelId, user: interaction.user.tag };
  const now = (deps.clock ?? (() => new Date()))();
  if (sub === 'schedule') return schedule(deps.store, ref, now).text;
  const action = interaction.options.getString('action') ?? 'list';
  if (sub === 'feeds' && action === 'list') return feedsCommand(deps.store, deps.feeds ?? [], 'list', null, ref.user, now).text;
  if (!interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) return NOT_ALLOWED;
  if (sub === 'feeds') return feedsCommand(deps.store, deps.feeds ?? [], action, interaction.options.getString('url'), ref.user, now).text;
  if (sub === 'subscribe') return subscribe(deps.store, ref, interaction.options.getString('time'), interaction.options.getString('timezone'), now).text;
  return unsubscribe(deps.store, ref).text;
}

export interface DiscordBot {
  client: Client;
  stop(): Promise<void>;
}

/** Discord mention markup in a question is addressing, not content: `<@id>`, `<@&id>`, `<#id>`, @everyone, @here. */
export function questionText(raw: string): string {
  return raw.replace(/<(?:@[!&]?|#)\d+>|@(?:everyone|here)\b/g, ' ').replace(/\s+/g, ' ').trim();
}

/** What a subcommand shows, as messages. Pure apart from the service call. */
export function respond(sub: string, question: string | null, deps: Pick<DiscordDeps, 'service' | 'commandName' | 'today'>): DiscordMessage[] {
  switch (sub) {
    case 'facts':
      return renderFacts(deps.service.digest(deps.today()));
    case 'ask':
      return renderAnswer({ ...deps.service.ask(questionText(question ?? '')), question: question ?? '' });
    case 'digest':
      return renderDigest(deps.service.digest(deps.today()));
    case 'sources':
      return renderSources(deps.service.digest(deps.today()));
    default:
      return renderHelp(deps.commandName);
  }
}

async function handle(interaction: ChatInputCommandInteraction, deps: DiscordDeps): Promise<void> {
  const sub = interaction.options.getSubcommand(false) ?? 'help';
  const started = Date.now();
  const privately = SUBSCRIPTION_COMMANDS.has(sub) || sub === 'help';
  // Acknowledge first: the answer may take longer than the 3 seconds Discord allows for the first response.
  await interaction.deferReply(privately ? { flags: MessageFlags.Ephemeral } : {});
  try {
    const messages = SUBSCRIPTION_COMMANDS.has(sub) ? [{ content: subscriptionReply(interaction, sub, deps), embeds: [] }] : respond(sub, interaction.options.getString('question'), deps);
    const [first, ...rest] = messages;
    await interaction.editReply({ content: first?.content ?? '', embeds: first?.embeds ?? [], allowedMentions: NO_MENTIONS });
    for (const m of rest) await interaction.followUp({ content: m.content, embeds: m.embeds, allowedMentions: NO_MENTIONS });
    deps.logger.info({ platform: 'discord', command: sub, guild: interaction.guildId, ms: Date.now() - started, messages: messages.length }, 'answered');
  } catch (err) {
    deps.logger.error({ platform: 'discord', command: sub, err }, 'command failed');
    await interaction.deleteReply().catch(() => undefined);
    await interaction.followUp({ content: 'Sorry, something went wrong while answering. It has been logged; please try again.', flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS }).catch(() => undefined);
  }
}

/** Logs in, registers the command and answers interactions until stopped. */
export async function startDiscord(deps: DiscordDeps): Promise<DiscordBot> {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: NO_MENTIONS,
    rest: deps.config.apiUrl ? { api: deps.config.apiUrl } : {},
  });
  client.on(Events.InteractionCreate, (interaction: Interaction) => {
    if (!interaction.isChatInputCommand() || interaction.commandName !== deps.commandName) return;
    handle(interaction, deps).catch((err: unknown) => deps.logger.error({ platform: 'discord', err }, 'interaction could not be acknowledged'));
  });
  client.on(Events.Error, (err) => deps.logger.error({ platform: 'discord', err }, 'client error'));
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(deps.config.token);
  await ready;
  const scope = await registerCommands(client.rest, deps.config, deps.commandName);
  deps.logger.info({ platform: 'discord', user: client.user?.tag, scope }, 'logged in and registered commands');
  return {
    client,
    async stop() {
      await client.destroy();
    },
  };
}
