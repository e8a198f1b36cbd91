/**
 * Keeps the token of a strict survey's email verification for this tab only (sessionStorage), per
 * API, tenant and survey, until it expires: a reload does not ask for a new code, another tab or
 * a closed browser does. No cookies.
 */
import { SessionTokenStore, type StoredSessionToken } from '@osallistu/core';

export type StoredSurveyToken = StoredSessionToken;

export const surveyTokenStore = new SessionTokenStore('osallistu:survey-token');
