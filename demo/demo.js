// The demo page's language switcher. It sets <html lang>, which the Osallistu widgets follow,
// and translates this page's own text (the widgets translate themselves). Finnish is the text
// printed in the HTML; Swedish and English are below. `?lang=sv` opens the page in Swedish.

const texts = {
  sv: {
    documentTitle: 'Deltagande budgetering 2027 – Kuopio stad (demo)',
    skip: 'Hoppa till huvudinnehållet',
    demoNote: 'Detta är en demosida för tjänsten Osallistu. Sidan är inte Kuopio stads officiella sida och alla idéer är exempel.',
    brandLabel: 'Kuopio, stadens startsida',
    languageNav: 'Språk',
    mainNav: 'Huvudmeny',
    'nav.living': 'Boende och miljö',
    'nav.education': 'Fostran och utbildning',
    'nav.culture': 'Kultur och fritid',
    'nav.business': 'Arbete och företagande',
    'nav.participate': 'Delta och påverka',
    'nav.decisions': 'Beslutsfattande',
    breadcrumbs: 'Brödsmulor',
    'crumb.home': 'Startsida',
    'crumb.participate': 'Delta och påverka',
    'crumb.current': 'Deltagande budgetering 2027',
    kicker: 'Delta och påverka',
    title: 'Deltagande budgetering 2027',
    lead: 'Kuopio stad reserverar 200 000 euro för invånarnas egna idéer. Vad borde göras i ditt bostadsområde eller i hela staden? Berätta om din idé, stöd andras idéer och rösta om vilka av dem som genomförs.',
    'facts.heading': 'Det viktigaste',
    'facts.budget': 'Anslag',
    'facts.ideation': 'Idéinsamling',
    'facts.voting': 'Omröstning',
    'facts.who': 'Vem kan delta',
    'facts.whoValue': 'Alla kuopiobor, rösta får den som fyllt 13 år',
    'about.heading': 'Vad handlar det om?',
    'about.p1': 'I deltagande budgetering bestämmer invånarna hur en del av stadens pengar används. I Kuopio gäller omgången hela staden: idéerna kan gälla ett bostadsområde, en by eller hela staden. Idéer kan till exempel vara nya bänkar och belysning längs en friluftsled, evenemang på biblioteket, redskap till en lekpark eller en upprustad närmotionsplats.',
    'about.p2': 'Idén ska höra till stadens uppgifter, vara av engångsnatur och kunna genomföras inom ett år efter omröstningen. Kostnaden för en idé får vara högst 100 000 euro. Stadens experter bedömer varje publicerad idés genomförbarhet och kostnader tillsammans med invånarna.',
    'phases.heading': 'Tidtabell',
    'phases.ideation': 'Idéinsamling',
    'phases.ideationText': 'Vem som helst kan lämna idéer. En moderator granskar idéerna innan de publiceras.',
    'phases.now': 'Pågår nu',
    'phases.cocreation': 'Samutveckling',
    'phases.cocreationText': 'Invånare och stadens experter utvecklar idéerna till förslag och bedömer kostnaderna.',
    'phases.voting': 'Omröstning',
    'phases.votingText': 'Kuopiobor som fyllt 13 år röstar om förslagen på nätet eller på biblioteken.',
    'phases.implementation': 'Genomförande',
    'phases.implementationText': 'De förslag som fått flest röster genomförs inom anslaget. Du kan följa arbetet på den här sidan.',
    'phases.evaluation': 'Utvärdering',
    'phases.evaluationText': 'Vi utvärderar omgången tillsammans med invånarna och utvecklar modellen till nästa gång.',
    'how.heading': 'Så här deltar du',
    'how.step1': 'Skriv din idé i formuläret nedan. Berätta vad som borde göras, var och varför. Ingen inloggning behövs.',
    'how.step2': 'En moderator granskar idén och publicerar den på idétavlan, vanligen inom två vardagar.',
    'how.step3': 'Stöd och kommentera andras idéer. Stadens experter bedömer idéernas genomförbarhet och pris.',
    'how.step4': 'Rösta på dina favoritförslag under omröstningen. Resultaten och hur genomförandet framskrider publiceras på den här sidan.',
    'how.help': 'Behöver du hjälp? Du kan också lämna en idé på biblioteken och i invånarlokalerna, där personalen hjälper dig vid behov.',
    'form.heading': 'Lämna en idé',
    'form.fallback': 'För att lämna idéer på nätet behöver webbläsaren JavaScript. Du kan också lämna en idé på biblioteken och i invånarlokalerna eller genom att kontakta stadens kundtjänst.',
    'form.fallbackLink': 'Se kontaktuppgifterna',
    'board.heading': 'Invånarnas idéer',
    'board.fallback': 'Publicerade idéer visas på den här idétavlan när webbläsaren har JavaScript. Idéerna finns också som öppna data.',
    'board.fallbackLink': 'Idéerna som öppna data (JSON)',
    'needs.heading': 'Var behövs det mest?',
    'needs.intro': 'Förortsprogrammet utgår från områdenas behov. Kartan och tabellen visar ett behovsindex per postnummerområde, beräknat från stadens nyckeltal. Siffrorna i demon är påhittade.',
    'needs.fallback': 'Områdenas behovsindex visas på en karta och i en tabell när webbläsaren har JavaScript.',
    'needs.fallbackLink': 'Behovsindexet som öppna data (JSON)',
    'needs.projectsHeading': 'Förortsprogrammets projekt på kartan',
    'needs.projectsIntro': 'De finansierade projekten visas på kartan som fyrkantiga flaggmarkörer och i en lista bredvid kartan. Mer om varje projekt finns längre ned under ”Vad hände med idéerna och projekten?”.',
    'needs.projectsFallback': 'Projekten visas på kartan när webbläsaren har JavaScript.',
    'needs.projectsFallbackLink': 'Projekten som öppna data (JSON)',
    'progress.heading': 'Vad hände med idéerna och projekten?',
    'progress.intro': 'Förortsprogrammets projekt och de vinnande förslagen i den deltagande budgeteringen framskrider öppet: status, färdighetsgrad, använd budget och nästa skede. Du kan anmäla dig till talkon och verkstäder, följa ett projekt per e-post och utvärdera ett färdigt projekt.',
    'progress.fallback': 'Projektens läge visas här när JavaScript är aktiverat i webbläsaren. Statusändringarna finns också som flöden.',
    'progress.feedAtom': 'Projektens statusändringar (Atom-flöde)',
    'progress.feedJson': 'JSON Feed',
    'timeline.fallback': 'En idés skeden visas här när JavaScript är aktiverat i webbläsaren.',
    'ballot.heading': 'Omröstning: deltagande budgetering 2026',
    'ballot.intro': 'Omröstningen i 2026 års omgång är öppen. Välj förslag i hela stadens budget och i ett områdes budget. Området kan du välja i listan eller på kartan; på kartan kan bara områden med egen budget väljas. I demon syns koden som skickas per e-post nedan i utvecklarens brevlåda.',
    'ballot.fallback': 'Du kan rösta när JavaScript är aktiverat i webbläsaren. Du kan också rösta på biblioteken med en röstkod på papper.',
    'ballot.fallbackLink': 'Förslagen som öppna data (JSON)',
    'results.heading': 'Vad beslutades 2025?',
    'results.intro': 'Vinnarna i 2025 års omröstning per budget, motiveringar för varje förslag och valdeltagandet. Rösterna kan laddas ner och räknas om.',
    'results.fallback': 'Resultaten visas här när JavaScript är aktiverat i webbläsaren.',
    'results.fallbackLink': 'Resultaten som öppna data (JSON)',
    'survey.heading': 'Förortsenkät: vad behöver ditt område?',
    'survey.intro': 'Svara på enkäten på tre sidor. Dina svar styr förortsprogrammets åtgärder.',
    'survey.fallback': 'Du kan svara på enkäten när JavaScript är aktiverat i webbläsaren. En pappersblankett får du från invånarhuset.',
    'survey.fallbackLink': 'Enkätens resultat som öppna data (JSON)',
    'survey.resultsFallback': 'Enkätens resultat hittills som öppna data (JSON)',
    'survey.strictIntro': 'Den andra enkäten besvaras med en bekräftad e-postadress, en gång per adress. I demon visas koden som skickas per e-post nedan i utvecklarens brevlåda.',
    'survey.strictFallback': 'Du kan svara på utvärderingen av invånarpanelen när JavaScript är aktiverat i webbläsaren.',
    'outbox.heading': 'Utvecklarens brevlåda (demo)',
    'outbox.intro': 'I den lokala demon skickas inga e-postmeddelanden, de visas här. Öppna bekräftelselänken i meddelandet.',
    'outbox.refresh': 'Uppdatera',
    'faq.heading': 'Vanliga frågor',
    'faq.q1': 'Vem får lämna en idé?',
    'faq.a1': 'Vem som helst: den som bor, studerar eller arbetar i Kuopio, oberoende av ålder. Man kan också lämna idéer tillsammans med till exempel en skolklass eller en invånarförening.',
    'faq.q2': 'Vad händer med mina uppgifter?',
    'faq.a2': 'Ditt namn visas vid idén bara om du skriver det i formuläret. E-postadressen används bara för meddelanden om idén, visas aldrig för andra och raderas när den inte längre behövs.',
    'faq.q3': 'Varför publicerades inte min idé?',
    'faq.a3': 'Om en idé inte kan publiceras, till exempel för att den inte hör till stadens uppgifter, visas motiveringen på idétavlan. Liknande idéer kan slås samman, och då hänvisar den sammanslagna idén till den gemensamma idén.',
    'contact.heading': 'Mer information',
    'contact.text': 'Delaktighetskoordinatorn, Kuopio stad, strategi- och utvecklingsenheten. Råd får du också på biblioteken och på Kuopio-info.',
    updated: 'Uppdaterad',
    'footer.city': 'Kuopio stad',
    'footer.visiting': 'Besöksadress:',
    'footer.postal': 'Postadress:',
    'footer.nav': 'Om webbplatsen',
    'footer.about': 'Om webbplatsen',
    'footer.accessibility': 'Tillgänglighetsutlåtande',
    'footer.privacy': 'Dataskydd',
    'footer.cookies': 'Kakor',
    'footer.feedback': 'Ge respons',
    'footer.api': 'Öppet gränssnitt (OpenAPI)',
    'footer.data': 'Material',
    'footer.attribution': 'Postnummerområden: Statistikcentralen, Paavo (CC BY 4.0). Kommungräns: © Lantmäteriverket (CC BY 4.0).',
    'footer.demo': 'Osallistu – en deltagandetjänst med öppen källkod (EUPL-1.2). Demosida.',
  },
  en: {
    documentTitle: 'Participatory budgeting 2027 – City of Kuopio (demo)',
    skip: 'Skip to main content',
    demoNote: 'This is a demo page of the Osallistu service. It is not an official page of the City of Kuopio, and all ideas are examples.',
    brandLabel: 'Kuopio, city home page',
    languageNav: 'Language',
    mainNav: 'Main menu',
    'nav.living': 'Housing and environment',
    'nav.education': 'Early childhood and education',
    'nav.culture': 'Culture and leisure',
    'nav.business': 'Work and business',
    'nav.participate': 'Participate and influence',
    'nav.decisions': 'Decision-making',
    breadcrumbs: 'Breadcrumbs',
    'crumb.home': 'Home',
    'crumb.participate': 'Participate and influence',
    'crumb.current': 'Participatory budgeting 2027',
    kicker: 'Participate and influence',
    title: 'Participatory budgeting 2027',
    lead: 'The City of Kuopio sets aside 200,000 euros for residents’ own ideas. What should be done in your neighbourhood or in the whole city? Share your idea, support other people’s ideas and vote on which of them are carried out.',
    'facts.heading': 'Key facts',
    'facts.budget': 'Budget',
    'facts.ideation': 'Ideas',
    'facts.voting': 'Voting',
    'facts.who': 'Who can take part',
    'facts.whoValue': 'Everyone in Kuopio; voting from the age of 13',
    'about.heading': 'What is it about?',
    'about.p1': 'In participatory budgeting, residents decide how part of the city’s money is spent. In Kuopio the round covers the whole city: ideas may concern one neighbourhood, a village or the whole city. Ideas could be new benches and lighting along an outdoor trail, events at the library, equipment for a playground or the renovation of a local sports area.',
    'about.p2': 'An idea must be within the city’s responsibilities, a one-off, and possible to carry out within a year of the vote. One idea may cost at most 100,000 euros. The city’s experts assess the feasibility and cost of every published idea together with residents.',
    'phases.heading': 'Timetable',
    'phases.ideation': 'Ideas',
    'phases.ideationText': 'Anyone can submit ideas. A moderator checks each idea before it is published.',
    'phases.now': 'Open now',
    'phases.cocreation': 'Co-development',
    'phases.cocreationText': 'Residents and the city’s experts develop the ideas into proposals and estimate their cost.',
    'phases.voting': 'Voting',
    'phases.votingText': 'Kuopio residents aged 13 or over vote on the proposals online or at libraries.',
    'phases.implementation': 'Implementation',
    'phases.implementationText': 'The proposals with the most votes are carried out within the budget. You can follow the progress on this page.',
    'phases.evaluation': 'Evaluation',
    'phases.evaluationText': 'We evaluate the round together with residents and improve the model for next time.',
    'how.heading': 'How to take part',
    'how.step1': 'Write your idea in the form below. Say what should be done, where and why. No account needed.',
    'how.step2': 'A moderator checks the idea and publishes it on the idea board, usually within two working days.',
    'how.step3': 'Support and comment on other ideas. The city’s experts assess each idea’s feasibility and price.',
    'how.step4': 'Vote for your favourite proposals in the voting phase. The results and the progress of the work are published on this page.',
    'how.help': 'Need help? You can also submit an idea at libraries and residents’ spaces, where the staff will help you.',
    'form.heading': 'Submit an idea',
    'form.fallback': 'Submitting ideas online needs JavaScript in your browser. You can also submit an idea at libraries and residents’ spaces or by contacting the city’s customer service.',
    'form.fallbackLink': 'See contact details',
    'board.heading': 'Residents’ ideas',
    'board.fallback': 'Published ideas are shown on this idea board when your browser runs JavaScript. The ideas are also available as open data.',
    'board.fallbackLink': 'The ideas as open data (JSON)',
    'needs.heading': 'Where is help needed most?',
    'needs.intro': 'The neighbourhood programme starts from the needs of areas. The map and the table show a need index per postal-code area, computed from city indicators. The figures in the demo are invented.',
    'needs.fallback': 'The need index of the areas is shown on a map and in a table when your browser runs JavaScript.',
    'needs.fallbackLink': 'The need index as open data (JSON)',
    'needs.projectsHeading': 'The neighbourhood programme’s projects on the map',
    'needs.projectsIntro': 'Funded projects are shown on the map as square flag markers and in a list beside the map. More about each project further down, under “What happened to the ideas and projects?”.',
    'needs.projectsFallback': 'The projects are shown on the map when your browser runs JavaScript.',
    'needs.projectsFallbackLink': 'The projects as open data (JSON)',
    'progress.heading': 'What happened to the ideas and projects?',
    'progress.intro': 'The neighbourhood programme’s projects and the winning proposals of participatory budgeting progress in the open: status, how far along, budget spent and the next step. You can sign up for work days and workshops, follow a project by email and evaluate a completed one.',
    'progress.fallback': 'The projects’ progress is shown here when JavaScript is enabled in the browser. Status changes are also available as feeds.',
    'progress.feedAtom': 'Project status changes (Atom feed)',
    'progress.feedJson': 'JSON Feed',
    'timeline.fallback': 'The steps of one idea are shown here when JavaScript is enabled in the browser.',
    'ballot.heading': 'Vote: participatory budgeting 2026',
    'ballot.intro': "Voting in the 2026 round is open. Choose proposals in the city-wide budget and in one area's budget. You can choose the area from the list or on the map; on the map only areas with a budget of their own can be chosen. In the demo, the code sent by email appears below in the developer's outbox.",
    'ballot.fallback': 'Voting works when JavaScript is enabled in the browser. You can also vote in libraries with a paper voting code.',
    'ballot.fallbackLink': 'The proposals as open data (JSON)',
    'results.heading': 'What was decided in 2025?',
    'results.intro': 'The winners of the 2025 vote per budget, the reasons for each proposal, and turnout. The votes can be downloaded and recounted.',
    'results.fallback': 'The results appear here when JavaScript is enabled in the browser.',
    'results.fallbackLink': 'The results as open data (JSON)',
    'survey.heading': 'Neighbourhood survey: what does your area need?',
    'survey.intro': 'Answer the three-page survey. Your answers guide the neighbourhood programme.',
    'survey.fallback': 'You can answer the survey when JavaScript is enabled in the browser. A paper form is available at the residents’ house.',
    'survey.fallbackLink': 'The survey results as open data (JSON)',
    'survey.resultsFallback': 'The survey results so far as open data (JSON)',
    'survey.strictIntro': 'The second survey is answered with a confirmed email address, once per address. In the demo, the code sent by email appears below in the developer’s outbox.',
    'survey.strictFallback': 'You can answer the residents’ panel evaluation when JavaScript is enabled in the browser.',
    'outbox.heading': 'Developer’s outbox (demo)',
    'outbox.intro': 'In the local demo no email is sent; the messages appear here. Open the confirmation link in a message.',
    'outbox.refresh': 'Refresh',
    'faq.heading': 'Frequently asked questions',
    'faq.q1': 'Who may submit an idea?',
    'faq.a1': 'Anyone who lives, studies or works in Kuopio, whatever their age. Ideas can also be submitted together with, for example, a school class or a residents’ association.',
    'faq.q2': 'What happens to my details?',
    'faq.a2': 'Your name is shown with the idea only if you write it in the form. Your email address is only used for notices about the idea, never shown to others, and deleted when no longer needed.',
    'faq.q3': 'Why was my idea not published?',
    'faq.a3': 'If an idea cannot be published, for example because it is not the city’s responsibility, the reason is shown on the idea board. Similar ideas may be merged; the merged idea then points to the combined one.',
    'contact.heading': 'More information',
    'contact.text': 'Participation coordinator, City of Kuopio, strategy and development unit. You can also get advice at libraries and at Kuopio-info.',
    updated: 'Updated',
    'footer.city': 'City of Kuopio',
    'footer.visiting': 'Visiting address:',
    'footer.postal': 'Postal address:',
    'footer.nav': 'About this site',
    'footer.about': 'About this site',
    'footer.accessibility': 'Accessibility statement',
    'footer.privacy': 'Privacy',
    'footer.cookies': 'Cookies',
    'footer.feedback': 'Give feedback',
    'footer.api': 'Open API (OpenAPI)',
    'footer.data': 'Data',
    'footer.attribution': 'Postal-code areas: Statistics Finland, Paavo (CC BY 4.0). Municipal border: © National Land Survey of Finland (CC BY 4.0).',
    'footer.demo': 'Osallistu – an open-source participation service (EUPL-1.2). Demo page.',
  },
};

const languages = ['fi', 'sv', 'en'];
const locales = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };
/** The process as the API returns it; the printed dates stand until it arrives. */
let processInfo = null;

// The timetable comes from the API, like a CMS block would print it: the demo seed moves the
// phases with the calendar so that ideation is always open.
function showPhases(lang) {
  if (!processInfo) return;
  const format = new Intl.DateTimeFormat(locales[lang] ?? 'fi-FI', {
    day: 'numeric',
    month: lang === 'en' ? 'short' : 'numeric',
    year: 'numeric',
    timeZone: 'Europe/Helsinki',
  });
  const time = (iso, shift = 0) => {
    const date = new Date(Date.parse(iso) + shift);
    const el = document.createElement('time');
    el.dateTime = date.toISOString().slice(0, 10);
    el.textContent = format.format(date);
    return el;
  };
  for (const phase of processInfo.phases) {
    for (const el of document.querySelectorAll(`[data-phase-dates="${phase.kind}"]`)) {
      // endsAt is exclusive: show the last day of the phase
      el.replaceChildren(time(phase.startsAt), '–', time(phase.endsAt, -1));
    }
  }
  for (const el of document.querySelectorAll('[data-phase]')) {
    el.classList.toggle('is-current', el.dataset.phase === processInfo.currentPhase);
  }
}

fetch('/v1/kuopio/processes/pb-2027', { headers: { accept: 'application/json' } })
  .then((res) => (res.ok ? res.json() : null))
  .then((body) => {
    processInfo = body;
    showPhases(document.documentElement.lang);
  })
  .catch(() => {
    /* keep the printed timetable */
  });
/** The Finnish text as printed in the HTML, captured before the first switch. */
const finnish = { documentTitle: document.title };

function translate(lang) {
  const dictionary = texts[lang] ?? finnish;
  document.documentElement.lang = lang;
  document.title = dictionary.documentTitle ?? finnish.documentTitle;
  for (const el of document.querySelectorAll('[data-i18n]')) {
    const key = el.dataset.i18n;
    if (!(key in finnish)) finnish[key] = el.textContent;
    el.textContent = dictionary[key] ?? finnish[key];
  }
  for (const el of document.querySelectorAll('[data-i18n-aria-label]')) {
    const key = `aria:${el.dataset.i18nAriaLabel}`;
    if (!(key in finnish)) finnish[key] = el.getAttribute('aria-label');
    el.setAttribute('aria-label', dictionary[el.dataset.i18nAriaLabel] ?? finnish[key]);
  }
  for (const button of document.querySelectorAll('[data-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  }
  showPhases(lang);
}

for (const button of document.querySelectorAll('[data-lang]')) {
  button.addEventListener('click', () => {
    const lang = button.dataset.lang;
    translate(lang);
    const url = new URL(location.href);
    if (lang === 'fi') url.searchParams.delete('lang');
    else url.searchParams.set('lang', lang);
    history.replaceState(null, '', url);
  });
}

const requested = new URLSearchParams(location.search).get('lang');
if (requested && requested !== 'fi' && languages.includes(requested)) translate(requested);
