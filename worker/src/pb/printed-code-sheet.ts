/**
 * A printable A4 sheet of voting codes: one cut-out card per code, with instructions in
 * Finnish, Swedish and English. Every dynamic text is escaped.
 */
const escape = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

export interface SheetInput {
  title: string;
  tenantName: string;
  minAge: number;
  votingEndsAt: string | null;
  codes: { number: number; code: string }[];
}

export function printedCodeSheet(x: SheetInput): string {
  const ends = x.votingEndsAt ? new Intl.DateTimeFormat('fi-FI', { dateStyle: 'medium', timeZone: 'Europe/Helsinki' }).format(new Date(x.votingEndsAt)) : '';
  const cards = x.codes
    .map(
      (c) => `<li class="card"><p class="title">${escape(x.title)}</p><p class="code">${escape(c.code)}</p>
<p>Äänestä verkossa ja valitse ”Äänestyskoodi”. Koodilla voi äänestää kerran${ends ? `, viimeistään ${escape(ends)}` : ''}. Ikäraja ${x.minAge} vuotta.</p>
<p lang="sv">Rösta på webben och välj ”Röstkod”. Koden kan användas en gång.</p>
<p lang="en">Vote online and choose “Voting code”. The code works once.</p>
<p class="no">#${c.number}</p></li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="fi"><head><meta charset="utf-8"><title>${escape(x.tenantName)}: äänestyskoodit – ${escape(x.title)}</title>
<style>
body{font-family:system-ui,sans-serif;margin:0}
h1{font-size:1.1rem;margin:1rem}
ul{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:repeat(2,1fr)}
.card{border:1px dashed #555;padding:.8rem 1rem;break-inside:avoid;font-size:.8rem}
.title{font-weight:600;margin:0}.code{font:700 1.5rem/1.2 ui-monospace,monospace;letter-spacing:.08em;margin:.4rem 0}
.no{color:#555;text-align:right;margin:0}
@media print{h1{display:none}@page{size:A4;margin:10mm}}
</style></head>
<body><h1>${escape(x.tenantName)}: ${x.codes.length} äänestyskoodia – ${escape(x.title)}</h1>
<ul>${cards}</ul></body></html>`;
}
