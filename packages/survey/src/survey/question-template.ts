import { html, nothing, type TemplateResult } from 'lit';
import { localize, type FieldError, type Language, type SurveyQuestion } from '@osallistu/contract';
import type { SurveyTranslation } from '../i18n/survey-translation.js';
import type { ApiClient, Translation } from '@osallistu/core';

/** What a question template needs from the survey element. */
export interface QuestionContext {
  lang: Language;
  t: Translation & SurveyTranslation;
  value: unknown;
  error: FieldError | undefined;
  errorText: string;
  areas: { id: string; name: string }[];
  /**
   * The client `<osallistu-area-map>` uses when a loader knows that tag (then map questions are
   * answered on the map, whose list beside it is the equal route); null: the select / coordinate fields.
   */
  map: ApiClient | null;
  set: (value: unknown) => void;
}

/** A map's change: `value` is an area id (pick-area) or GeoJSON Point text (pin). Not imported: widgets do not import widgets. */
type AreaMapElement = HTMLElement & { value: string; point: { type: 'Point'; coordinates: [number, number] } | null };

/** `<osallistu-area-map>` as the control of a map question (pick-area or pin), grouped under the question. */
function mapQuestion(q: Extract<SurveyQuestion, { type: 'map' }>, ctx: QuestionContext, client: ApiClient): TemplateResult {
  const area = q.mode === 'area';
  const value = area ? str(ctx.value) : ctx.value ? JSON.stringify(ctx.value) : '';
  const onChange = (e: Event) => {
    const map = e.currentTarget as AreaMapElement;
    ctx.set(area ? map.value || undefined : (map.point ?? undefined));
  };
  return group(
    q,
    ctx,
    html`<osallistu-area-map
      id=${idOf(q)}
      mode=${area ? 'pick-area' : 'pin'}
      name=${q.id}
      style="--osallistu-map-height: 18rem"
      ?required=${q.required}
      .client=${client}
      .value=${value}
      @change=${onChange}
    ></osallistu-area-map>`,
  );
}

const idOf = (q: SurveyQuestion, suffix = '') => `q-${q.id}${suffix}`;

/** The ids a control's `aria-describedby` lists: help text and the error, when present. */
function describedBy(q: SurveyQuestion, ctx: QuestionContext, extra = ''): string {
  return [q.help ? idOf(q, '-help') : '', extra, ctx.error ? idOf(q, '-error') : ''].filter(Boolean).join(' ');
}

function caption(q: SurveyQuestion, ctx: QuestionContext) {
  const l = ctx.lang;
  return html`${localize(q.text, l)} <span class="marker">${q.required ? ctx.t.requiredMark : ctx.t.optional}</span>`;
}

function helpAndError(q: SurveyQuestion, ctx: QuestionContext, extra?: TemplateResult) {
  return html`${q.help ? html`<p class="help" id=${idOf(q, '-help')}>${localize(q.help, ctx.lang)}</p>` : nothing}${extra ?? nothing}
    ${ctx.error ? html`<p class="error" id=${idOf(q, '-error')}>${ctx.errorText}</p>` : nothing}`;
}

/** A question with one control: label + control. */
function single(q: SurveyQuestion, ctx: QuestionContext, control: (described: string) => TemplateResult, extra?: TemplateResult) {
  return html`<div class="question" data-question=${q.id}>
    <label for=${idOf(q)}>${caption(q, ctx)}</label>${helpAndError(q, ctx, extra)}${control(describedBy(q, ctx, extra ? idOf(q, '-extra') : ''))}
  </div>`;
}

/** A question with several controls: fieldset + legend. */
function group(q: SurveyQuestion, ctx: QuestionContext, body: TemplateResult, extra?: TemplateResult) {
  return html`<fieldset class="question" data-question=${q.id} aria-describedby=${describedBy(q, ctx, extra ? idOf(q, '-extra') : '') || nothing}>
    <legend>${caption(q, ctx)}</legend>${helpAndError(q, ctx, extra)}${body}
  </fieldset>`;
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const num = (v: unknown) => (typeof v === 'number' ? String(v) : '');
const toNumber = (s: string) => (s.trim() === '' ? undefined : Number(s.replace(',', '.')));

export function questionTemplate(q: SurveyQuestion, ctx: QuestionContext): TemplateResult {
  const l = ctx.lang;
  const invalid = ctx.error ? 'true' : 'false';
  switch (q.type) {
    case 'info':
      return html`<div class="question info" data-question=${q.id}><p>${localize(q.text, l)}</p></div>`;
    case 'short-text':
      return single(q, ctx, (d) => html`<input id=${idOf(q)} type="text" maxlength=${q.maxLength} .value=${str(ctx.value)} aria-invalid=${invalid} aria-describedby=${d || nothing} @input=${(e: Event) => ctx.set((e.target as HTMLInputElement).value)} />`);
    case 'long-text':
      return single(q, ctx, (d) => html`<textarea id=${idOf(q)} maxlength=${q.maxLength} .value=${str(ctx.value)} aria-invalid=${invalid} aria-describedby=${d || nothing} @input=${(e: Event) => ctx.set((e.target as HTMLTextAreaElement).value)}></textarea>`);
    case 'number':
      return single(
        q,
        ctx,
        (d) => html`<input id=${idOf(q)} type="number" inputmode="decimal" min=${q.min ?? nothing} max=${q.max ?? nothing} step=${q.integer ? '1' : 'any'} .value=${num(ctx.value)} aria-invalid=${invalid} aria-describedby=${d || nothing} @input=${(e: Event) => ctx.set(toNumber((e.target as HTMLInputElement).value))} />
          ${q.unit ? html`<span>${localize(q.unit, l)}</span>` : nothing}`,
      );
    case 'date':
      return single(q, ctx, (d) => html`<input id=${idOf(q)} type="date" .value=${str(ctx.value)} aria-invalid=${invalid} aria-describedby=${d || nothing} @input=${(e: Event) => ctx.set((e.target as HTMLInputElement).value)} />`);
    case 'single-choice': {
      const other = typeof ctx.value === 'object' && ctx.value !== null && 'other' in ctx.value;
      return group(
        q,
        ctx,
        html`${q.options.map(
          (o) => html`<label class="choice"><input type="radio" name=${idOf(q)} value=${o.id} .checked=${ctx.value === o.id} @change=${() => ctx.set(o.id)} />${localize(o.label, l)}</label>`,
        )}
        ${q.allowOther
          ? html`<label class="choice"><input type="radio" name=${idOf(q)} value="other" .checked=${other} @change=${() => ctx.set({ other: '' })} />${ctx.t.other}</label>
              ${other
                ? html`<div class="field"><label for=${idOf(q, '-other')}>${ctx.t.otherWhat}</label><input id=${idOf(q, '-other')} type="text" maxlength="200" .value=${(ctx.value as { other: string }).other} @input=${(e: Event) => ctx.set({ other: (e.target as HTMLInputElement).value })} /></div>`
                : nothing}`
          : nothing}`,
      );
    }
    case 'multiple-choice': {
      const chosen = Array.isArray(ctx.value) ? (ctx.value as string[]) : [];
      const rule = ctx.t.chooseBetween(q.min, q.max);
      return group(
        q,
        ctx,
        html`${q.options.map(
          (o) => html`<label class="choice"><input type="checkbox" value=${o.id} .checked=${chosen.includes(o.id)}
              @change=${(e: Event) => ctx.set((e.target as HTMLInputElement).checked ? [...chosen, o.id] : chosen.filter((id) => id !== o.id))} />${localize(o.label, l)}</label>`,
        )}`,
        rule ? html`<p class="help" id=${idOf(q, '-extra')}>${rule}</p>` : undefined,
      );
    }
    case 'scale': {
      const [min, max] = q.scale === '1-5' ? [1, 5] : [0, 10];
      const ends = q.minLabel || q.maxLabel ? html`<p class="help" id=${idOf(q, '-extra')}>${min} = ${q.minLabel ? localize(q.minLabel, l) : min}, ${max} = ${q.maxLabel ? localize(q.maxLabel, l) : max}</p>` : undefined;
      return group(
        q,
        ctx,
        html`<div class="scale">${Array.from({ length: max - min + 1 }, (_, i) => min + i).map(
          (n) => html`<label class="choice"><input type="radio" name=${idOf(q)} value=${n} .checked=${ctx.value === n} @change=${() => ctx.set(n)} />${n}</label>`,
        )}</div>`,
        ends,
      );
    }
    case 'ranking': {
      const order = Array.isArray(ctx.value) ? (ctx.value as string[]) : q.options.map((o) => o.id);
      const label = (id: string) => localize(q.options.find((o) => o.id === id)!.label, l);
      const move = (i: number, by: number) => {
        const next = [...order];
        [next[i], next[i + by]] = [next[i + by]!, next[i]!];
        ctx.set(next);
      };
      return group(
        q,
        ctx,
        html`<ol class="ranking">${order.map(
          (id, i) => html`<li data-option=${id}><span>${label(id)}</span>
            <button class="button secondary" type="button" aria-label=${ctx.t.moveUp(label(id))} ?disabled=${i === 0} @click=${() => move(i, -1)}>↑</button>
            <button class="button secondary" type="button" aria-label=${ctx.t.moveDown(label(id))} ?disabled=${i === order.length - 1} @click=${() => move(i, 1)}>↓</button></li>`,
        )}</ol>`,
        html`<p class="help" id=${idOf(q, '-extra')}>${ctx.t.rankingHelp}</p>`,
      );
    }
    case 'map':
      if (ctx.map) return mapQuestion(q, ctx, ctx.map);
      if (q.mode === 'area') {
        return single(
          q,
          ctx,
          (d) => html`<select id=${idOf(q)} aria-invalid=${invalid} aria-describedby=${d || nothing} @change=${(e: Event) => ctx.set((e.target as HTMLSelectElement).value || undefined)}>
            <option value="" ?selected=${!ctx.value}>${ctx.t.chooseArea}</option>
            ${ctx.areas.map((a) => html`<option value=${a.id} ?selected=${ctx.value === a.id}>${a.name}</option>`)}
          </select>`,
        );
      } else {
        const point = (ctx.value as { coordinates?: [number, number] } | undefined)?.coordinates;
        const setCoord = (i: 0 | 1, s: string) => {
          const next: [number, number] = point ? [...point] : [NaN, NaN];
          next[i] = toNumber(s) ?? NaN;
          ctx.set(Number.isNaN(next[0]) && Number.isNaN(next[1]) ? undefined : { type: 'Point', coordinates: next });
        };
        const coord = (i: 0 | 1) => (point && Number.isFinite(point[i]) ? String(point[i]) : '');
        return group(
          q,
          ctx,
          html`<div class="field"><label for=${idOf(q, '-lat')}>${ctx.t.pointLatitude}</label><input id=${idOf(q, '-lat')} type="number" step="any" .value=${coord(1)} @input=${(e: Event) => setCoord(1, (e.target as HTMLInputElement).value)} /></div>
            <div class="field"><label for=${idOf(q, '-lon')}>${ctx.t.pointLongitude}</label><input id=${idOf(q, '-lon')} type="number" step="any" .value=${coord(0)} @input=${(e: Event) => setCoord(0, (e.target as HTMLInputElement).value)} /></div>`,
          html`<p class="help" id=${idOf(q, '-extra')}>${ctx.t.pointHelp}</p>`,
        );
      }
    case 'budget': {
      const shares = typeof ctx.value === 'object' && ctx.value !== null ? (ctx.value as Record<string, number>) : {};
      const sum = Object.values(shares).reduce((a, b) => a + (Number.isFinite(b) ? b : 0), 0);
      const fmt = (n: number) => (q.unit === 'eur' ? new Intl.NumberFormat(l, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(n) : ctx.t.points(n));
      const left = q.total - sum;
      return group(
        q,
        ctx,
        html`${q.items.map(
          (item) => html`<div class="budget-row"><label for=${idOf(q, `-${item.id}`)}>${localize(item.label, l)}</label>
            <input id=${idOf(q, `-${item.id}`)} type="number" min="0" max=${q.total} step="1" inputmode="numeric" .value=${num(shares[item.id])}
              @input=${(e: Event) => {
                const n = toNumber((e.target as HTMLInputElement).value);
                const next = { ...shares };
                if (n === undefined) delete next[item.id];
                else next[item.id] = n;
                ctx.set(Object.keys(next).length ? next : undefined);
              }} /></div>`,
        )}`,
        html`<p class="help" id=${idOf(q, '-extra')} aria-live="polite">${left >= 0 ? ctx.t.budgetLeft(fmt(left)) : ctx.t.budgetOver(fmt(-left))}</p>`,
      );
    }
  }
}
