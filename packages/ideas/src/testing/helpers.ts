import { sendKeys } from '@web/test-runner-commands';

/** Sets a field's value as typing would, firing `input` (and `change` for selects/checkboxes). */
export function fill(field: Element | null | undefined, value: string | boolean): void {
  if (!field) throw new Error('no such field');
  if (field instanceof HTMLInputElement && field.type === 'checkbox') {
    field.checked = Boolean(value);
    field.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    return;
  }
  (field as HTMLInputElement).value = String(value);
  const type = field instanceof HTMLSelectElement ? 'change' : 'input';
  field.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
}

/** The focused element, looking inside shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Presses Tab (real key events) until `predicate` holds for the focused element. */
export async function tabUntil(predicate: (el: Element | null) => boolean, max = 30): Promise<Element> {
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    const active = deepActiveElement();
    if (predicate(active)) return active as Element;
  }
  throw new Error(`Tab never reached the element (last: ${deepActiveElement()?.outerHTML.slice(0, 80)})`);
}

/** The text of an element with its whitespace collapsed. */
export function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
