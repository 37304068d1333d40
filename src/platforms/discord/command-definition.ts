import { SlashCommandBuilder, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';

/** The /swap command and its subcommands, as registered with Discord. */
export function commandDefinition(name: string): RESTPostAPIChatInputApplicationCommandsJSONBody {
  return new SlashCommandBuilder()
    .setName(name)
    .setDescription('Key facts from several outlets’ coverage of one story, with sources')
    .addSubcommand((s) => s.setName('facts').setDescription('The key facts, one line each, with a coverage picture; sources on a click'))
    .addSubcommand((s) =>
      s
        .setName('ask')
        .setDescription('Ask about the story; answers quote the articles')
        .addStringOption((o) => o.setName('question').setDescription('A question about the story, e.g. who confirmed the toll?').setRequired(true).setMaxLength(300)),
    )
    .addSubcommand((s) => s.setName('digest').setDescription('The full digest: facts, disagreements, unverified claims, sources'))
    .addSubcommand((s) => s.setName('sources').setDescription('The outlets, what each contributes, and what was removed'))
    .addSubcommand((s) =>
      s
        .setName('subscribe')
        .setDescription('Post the digest here every day (server managers only)')
        .addStringOption((o) => o.setName('time').setDescription('Local time, HH:MM on a 24-hour clock, e.g. 08:00').setRequired(true).setMaxLength(5))
        .addStringOption((o) => o.setName('timezone').setDescription('IANA time zone, e.g. Europe/Lisbon or America/New_York').setRequired(true).setMaxLength(64)),
    )
    .addSubcommand((s) => s.setName('unsubscribe').setDescription('Stop the daily digest in this channel (server managers only)'))
    .addSubcommand((s) => s.setName('schedule').setDescription('What this channel gets and when'))
    .addSubcommand((s) =>
      s
        .setName('feeds')
        .setDescription('The news feeds polled before each digest (changes: server managers only)')
        .addStringOption((o) => o.setName('action').setDescription('What to do').setRequired(true).addChoices({ name: 'list', value: 'list' }, { name: 'add', value: 'add' }, { name: 'remove', value: 'remove' }))
        .addStringOption((o) => o.setName('url').setDescription('The feed’s address, for add and remove').setMaxLength(500)),
    )
    .addSubcommand((s) => s.setName('feedback').setDescription('The facts and answers readers reported most (server managers only)'))
    .addSubcommand((s) => s.setName('help').setDescription('What this bot can do'))
    .toJSON();
}
