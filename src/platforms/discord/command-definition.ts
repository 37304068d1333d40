import { SlashCommandBuilder, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';

/** The /swap command and its subcommands, as registered with Discord. Subscription subcommands join here later. */
export function commandDefinition(name: string): RESTPostAPIChatInputApplicationCommandsJSONBody {
  return new SlashCommandBuilder()
    .setName(name)
    .setDescription('Key facts from several outlets’ coverage of one story, with sources')
    .addSubcommand((s) => s.setName('facts').setDescription('The key facts, each with its outlets and who said it'))
    .addSubcommand((s) =>
      s
        .setName('ask')
        .setDescription('Ask about the story; answers quote the articles')
        .addStringOption((o) => o.setName('question').setDescription('A question about the story, e.g. who confirmed the toll?').setRequired(true).setMaxLength(300)),
    )
    .addSubcommand((s) => s.setName('digest').setDescription('The full digest: facts, disagreements, unverified claims, sources'))
    .addSubcommand((s) => s.setName('sources').setDescription('The outlets, what each contributes, and what was removed'))
    .addSubcommand((s) => s.setName('help').setDescription('What this bot can do'))
    .toJSON();
}
