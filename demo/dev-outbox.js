// The demo's dev outbox (local mode only): lists what the service would have emailed, newest
// first, with the links in each message clickable. Shows its section only when the API answers
// GET /v1/kuopio/dev/outbox (404 in production). Message texts come from the API as they are.

const section = document.getElementById('dev-outbox');
const list = section?.querySelector('.outbox-list');

function linkify(text) {
  const fragment = document.createDocumentFragment();
  let last = 0;
  for (const match of text.matchAll(/https?:\/\/\S+/g)) {
    fragment.append(text.slice(last, match.index));
    const a = document.createElement('a');
    a.href = match[0];
    a.textContent = match[0];
    fragment.append(a);
    last = match.index + match[0].length;
  }
  fragment.append(text.slice(last));
  return fragment;
}

async function refresh() {
  if (!section || !list) return;
  let messages;
  try {
    const response = await fetch('/v1/kuopio/dev/outbox', { headers: { accept: 'application/json' }, cache: 'no-store' });
    if (!response.ok) return;
    messages = await response.json();
  } catch {
    return;
  }
  section.hidden = false;
  list.replaceChildren(
    ...messages.map((m) => {
      const li = document.createElement('li');
      const heading = document.createElement('p');
      const subject = document.createElement('strong');
      subject.textContent = m.subject;
      heading.append(subject, ` → ${m.to}`);
      const body = document.createElement('pre');
      body.className = 'outbox-text';
      body.style.whiteSpace = 'pre-wrap';
      body.style.overflowWrap = 'anywhere';
      body.append(linkify(m.text));
      li.append(heading, body);
      return li;
    }),
  );
}

section?.querySelector('.outbox-refresh')?.addEventListener('click', refresh);
document.addEventListener('osallistu-follow-requested', () => void refresh());
void refresh();
