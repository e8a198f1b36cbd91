/**
 * Keeps the token of a strict survey's email verification for this tab only (sessionStorage), per
 * API, tenant and survey, until it expires: a reload does not ask for a new code, another tab or
 * a closed browser does. No cookies.
 */
export interface StoredSurveyToken {
  token: string;
  expiresAt: string;
}

const keyOf = (api: string, tenant: string, survey: string) => `osallistu:survey-token:${api}:${tenant}:${survey}`;

export const surveyTokenStore = {
  get(api: string, tenant: string, survey: string): StoredSurveyToken | null {
    try {
      const raw = sessionStorage.getItem(keyOf(api, tenant, survey));
      const value = raw ? (JSON.parse(raw) as StoredSurveyToken) : null;
      if (value && Date.parse(value.expiresAt) > Date.now()) return value;
    } catch {
      /* storage blocked: the respondent verifies each time */
    }
    return null;
  },
  set(api: string, tenant: string, survey: string, value: StoredSurveyToken): void {
    try {
      sessionStorage.setItem(keyOf(api, tenant, survey), JSON.stringify(value));
    } catch {
      /* storage blocked */
    }
  },
  clear(api: string, tenant: string, survey: string): void {
    try {
      sessionStorage.removeItem(keyOf(api, tenant, survey));
    } catch {
      /* storage blocked */
    }
  },
};
