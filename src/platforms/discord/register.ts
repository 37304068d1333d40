import { REST, Routes } from 'discord.js';
import type { DiscordConfig } from '../../config.ts';
import { commandDefinition } from './command-definition.ts';

/** Registers the command in one server (instant) or globally (Discord may take up to an hour to show it). */
export async function registerCommands(rest: REST, config: DiscordConfig, name: string): Promise<'guild' | 'global'> {
  const body = [commandDefinition(name)];
  if (config.guildId) {
    await rest.put(Routes.applicationGuildCommands(config.applicationId, config.guildId), { body });
    return 'guild';
  }
  await rest.put(Routes.applicationCommands(config.applicationId), { body });
  return 'global';
}

/** A REST client for the configured API base, with discord.js's own 429 handling left on. */
export function createRest(config: DiscordConfig): REST {
  const rest = new REST(config.apiUrl ? { api: config.apiUrl } : {});
  return rest.setToken(config.token);
}
