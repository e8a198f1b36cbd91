/**
 * Hourly (called from the scheduled handler): deletes follow requests left unconfirmed for 7
 * days, and sends idea followers what happened to their ideas since the last run.
 */
import type { Env } from '../env.js';
import { notifyIdeaFollowers } from './notify-followers.js';

const week = 7 * 24 * 60 * 60 * 1000;

export async function progressHousekeeping(env: Env, now: Date): Promise<void> {
  await env.DB.prepare('DELETE FROM follows WHERE confirmed_at IS NULL AND created_at < ?1').bind(new Date(now.getTime() - week).toISOString()).run();
  await notifyIdeaFollowers(env);
}
