/**
 * Progress-tracker part of the demo seed (called by scripts/seed.mjs): Kuopio's area-based
 * development process `lahiot-2026` (neighbourhood programme, in implementation now) with six
 * staff-created neighbourhood actions in every status, their milestones, dated updates, sign-ups
 * and evaluations, and their events. One project (`neulamaen-yhteispuutarha`) is "designing" for
 * the end-to-end test; one grew from the pb-2027 idea "Ulkokuntosali lähiön puistoon", so that
 * idea's timeline reaches a project. One more (`kevyen-liikenteen-valaistus`) came from the winning
 * proposal of the closed participatory budgeting round `pb-2025` (pb-seed.mjs; it has by far the
 * most votes of the city-wide budget), so its detail links to that round's results. Its rows need
 * the `pb-2025` process: scripts/seed.mjs runs this after pbSeedSql.
 *
 * The projects, names, sums and dates are invented for the demo; they are not the city's plans.
 */
import { day, dayClock, pastClock, processRow, sqlExpression } from './sql.mjs';

export const progressProcess = {
  id: 'lahiot-2026',
  kind: 'area-development',
  title: { fi: 'Lähiöohjelma 2026', sv: 'Förortsprogrammet 2026', en: 'Neighbourhood programme 2026' },
  description: {
    fi: 'Kuopio kehittää lähiöitä yhdessä asukkaiden kanssa. Tässä näet, missä vaiheessa kunkin alueen toimenpiteet ovat, ja voit osallistua niiden toteuttamiseen.',
    sv: 'Kuopio utvecklar förorterna tillsammans med invånarna. Här ser du hur långt åtgärderna i varje område har kommit, och du kan delta i genomförandet.',
    en: 'Kuopio develops its neighbourhoods together with residents. Here you can see where each action stands and take part in carrying them out.',
  },
  budgetEur: 450000,
  phases: [
    ['implementation', -120, 300],
    ['evaluation', 300, 400],
  ],
};

/**
 * `events`: [day, kind, data] after creation; `updates`: [day, text]; `milestones`: [id, title,
 * planned day, actual day]. Texts and titles are Finnish strings or {fi, sv?, en?}.
 */
const projects = [
  {
    id: 'saaristokadun-leikkipuisto', area: '70800', status: 'in-progress', progress: 60, created: -110,
    title: { fi: 'Saaristokadun leikkipuiston uudistus', sv: 'Förnyelse av lekparken vid Saaristokatu', en: 'Renewal of the Saaristokatu playground' },
    description: {
      fi: 'Leikkipuistoon tulee uudet keinut, esteetön kiipeilyteline ja penkit vanhemmille. Suunnitelma tehtiin asukastyöpajassa.',
      sv: 'Lekparken får nya gungor, en tillgänglig klätterställning och bänkar för föräldrar. Planen gjordes i en invånarverkstad.',
      en: 'The playground gets new swings, an accessible climbing frame and benches for parents. The plan was made in a residents’ workshop.',
    },
    unit: 'Kaupunkiympäristön palvelut', budget: 85000, spent: 52000,
    milestones: [
      ['tyopaja', 'Asukastyöpaja', -90, -88],
      ['suunnitelma', 'Suunnitelma hyväksytty', -60, -55],
      ['rakentaminen', 'Rakentaminen valmis', 40, null],
      ['avajaiset', 'Avajaiset', 55, null],
    ],
    participation: { kind: 'talkoot', capacity: 30, description: { fi: 'Istutustalkoot: istutamme pensaat ja kukkasipulit yhdessä. Kaupunki tarjoaa välineet ja keiton.', en: 'Planting bee: we plant shrubs and bulbs together. The city provides tools and soup.' }, startsAt: 20, place: 'Saaristokadun leikkipuisto' },
    signups: 11,
    events: [[-100, 'status', { from: 'planned', to: 'designing', reason: null }], [-50, 'status', { from: 'designing', to: 'in-progress', reason: null }], [-30, 'progress', { from: 20, to: 60 }]],
    updates: [
      [-88, 'Asukastyöpajaan osallistui 34 asukasta. Toiveissa korostuivat esteettömyys ja varjopaikat.'],
      [-30, 'Vanhat leikkivälineet on purettu ja uusien perustukset valettu.'],
    ],
  },
  {
    id: 'petosen-valaistus', area: '70820', status: 'completed', progress: 100, created: -115,
    title: { fi: 'Petosen ulkoilureitin valaistus', sv: 'Belysning av friluftsleden i Petonen', en: 'Lighting of the Petonen outdoor trail' },
    description: {
      fi: 'Asukaskyselyssä pimeä ulkoilureitti nousi tärkeimmäksi turvallisuushuoleksi. Reitille asennettiin 42 led-valaisinta.',
      sv: 'I invånarenkäten var den mörka leden den största trygghetsfrågan. 42 led-lampor installerades längs leden.',
      en: 'In the residents’ survey the dark trail was the top safety concern. 42 LED lights were installed along it.',
    },
    unit: 'Katu- ja viherpalvelut', budget: 60000, spent: 57400,
    milestones: [['hankinta', 'Valaisimet hankittu', -80, -82], ['asennus', 'Asennus valmis', -30, -25]],
    participation: null,
    events: [[-100, 'status', { from: 'planned', to: 'in-progress', reason: null }], [-25, 'status', { from: 'in-progress', to: 'completed', reason: null }]],
    updates: [[-25, 'Valot on asennettu ja ne palavat iltaisin kello 6–23.']],
    evaluations: [[5, 'Nyt uskaltaa lenkkeillä illallakin.'], [4, null], [5, null], [3, 'Valot voisivat palaa myöhempäänkin.'], [4, null]],
  },
  {
    id: 'neulamaen-yhteispuutarha', area: '70780', status: 'designing', progress: 10, created: -60,
    title: { fi: 'Neulamäen yhteispuutarha', sv: 'Gemensam trädgård i Neulamäki', en: 'Neulamäki community garden' },
    description: {
      fi: 'Kerrostalojen väliselle nurmelle perustetaan viljelylaatikoita, joita asukkaat hoitavat yhdessä.',
      sv: 'På gräsmattan mellan höghusen anläggs odlingslådor som invånarna sköter tillsammans.',
      en: 'Raised beds are built on the lawn between the blocks of flats, tended by residents together.',
    },
    unit: 'Kaupunkiympäristön palvelut', budget: 18000, spent: 1200,
    milestones: [['suunnitelma', 'Suunnitelma valmis', 15, null], ['rakentaminen', 'Laatikot rakennettu', 60, null]],
    participation: { kind: 'workshop', capacity: 20, description: { fi: 'Suunnittelutyöpaja: mitä kasvatetaan ja miten vuorot jaetaan?', sv: 'Planeringsverkstad: vad odlar vi och hur fördelar vi turerna?', en: 'Planning workshop: what to grow and how to share the turns?' }, startsAt: 10, place: 'Neulamäen asukastupa' },
    signups: 6,
    events: [[-40, 'status', { from: 'planned', to: 'designing', reason: null }], [-20, 'progress', { from: 0, to: 10 }]],
    updates: [[-20, 'Maanomistajan lupa saatiin. Työpajan päivä on sovittu.']],
  },
  {
    id: 'jynkan-kohtaamispaikka', area: '70700', status: 'planned', progress: 0, created: -20,
    title: { fi: 'Jynkän nuorten kohtaamispaikka', sv: 'Mötesplats för unga i Jynkkä', en: 'Youth meeting place in Jynkkä' },
    description: {
      fi: 'Ostoskeskuksen viereen katettu oleskelupaikka nuorille. Suunnittelu alkaa keväällä yhdessä koulun oppilaskunnan kanssa.',
      sv: 'En täckt plats för unga intill köpcentret. Planeringen börjar på våren med skolans elevkår.',
      en: 'A covered hangout for young people next to the shopping centre. Design starts in spring with the school’s pupils’ council.',
    },
    unit: 'Nuorisopalvelut', budget: 40000, spent: 0,
    milestones: [['suunnittelu', 'Suunnittelu alkaa', 90, null]],
    participation: null,
    events: [],
    updates: [],
  },
  {
    id: 'linnanpellon-skeittipaikka', area: '70200', status: 'cancelled', progress: 0, created: -105,
    title: { fi: 'Linnanpellon skeittipaikka', sv: 'Skejtplats i Linnanpelto', en: 'Linnanpelto skate spot' },
    description: { fi: 'Pieni skeittipaikka koulun kentän laidalle.', en: 'A small skate spot at the edge of the school field.' },
    unit: 'Liikuntapalvelut', budget: 35000, spent: 2500,
    cancelReason: 'Kentän alueelle rakennetaan koulun laajennus. Skeittipaikka toteutetaan Väinölänniemen liikuntapuistoon.',
    milestones: [],
    participation: null,
    events: [[-90, 'status', { from: 'planned', to: 'designing', reason: null }], [-45, 'status', { from: 'designing', to: 'cancelled', reason: 'Kentän alueelle rakennetaan koulun laajennus. Skeittipaikka toteutetaan Väinölänniemen liikuntapuistoon.' }]],
    updates: [],
  },
  {
    id: 'ulkokuntosali-puistoon', area: '70820', status: 'in-progress', progress: 20, created: -8, idea: 'ulkokuntosali',
    title: { fi: 'Ulkokuntosali lähiön puistoon', sv: 'Utegym i förortsparken', en: 'Outdoor gym in the neighbourhood park' },
    description: {
      fi: 'Asukkaan idea toteutetaan lähiöohjelmasta: puistoon tulee kaikenikäisille sopivat ulkokuntoilulaitteet.',
      sv: 'En invånares idé genomförs inom förortsprogrammet: parken får utegym för alla åldrar.',
      en: 'A resident’s idea is carried out by the neighbourhood programme: outdoor gym equipment for all ages.',
    },
    unit: 'Liikuntapalvelut', budget: 45000, spent: 8000,
    milestones: [['laitteet', 'Laitteet tilattu', -2, -3], ['asennus', 'Asennus', 30, null]],
    participation: null,
    events: [[-6, 'status', { from: 'planned', to: 'in-progress', reason: null }], [-3, 'progress', { from: 0, to: 20 }]],
    updates: [[-3, 'Laitteet on tilattu. Asennus alkaa, kun maa on sula.']],
  },
  {
    id: 'kevyen-liikenteen-valaistus', process: 'pb-2025', proposal: 'e25-valaistus', area: null, status: 'completed', progress: 100, created: -360,
    title: { fi: 'Kevyen liikenteen väylien valaistus', sv: 'Belysning av gång- och cykelvägar', en: 'Lighting of walking and cycling paths' },
    description: {
      fi: 'Osallistuvan budjetoinnin 2025 eniten ääniä saanut ehdotus: pimeimmille kävely- ja pyöräteille eri puolilla kaupunkia asennettiin led-valaistus.',
      sv: 'Förslaget som fick flest röster i den deltagande budgeteringen 2025: de mörkaste gång- och cykelvägarna runt om i staden fick led-belysning.',
      en: 'The proposal with the most votes in participatory budgeting 2025: LED lighting for the darkest walking and cycling paths around the city.',
    },
    unit: 'Katu- ja viherpalvelut', budget: 40000, spent: 38600,
    milestones: [
      ['kohteet', { fi: 'Kohteet valittu', sv: 'Platserna valda', en: 'Sites chosen' }, -300, -296],
      ['asennus', { fi: 'Valaisimet asennettu', sv: 'Lamporna installerade', en: 'Lights installed' }, -120, -112],
    ],
    participation: null,
    events: [[-330, 'status', { from: 'planned', to: 'designing', reason: null }], [-250, 'status', { from: 'designing', to: 'in-progress', reason: null }], [-110, 'status', { from: 'in-progress', to: 'completed', reason: null }]],
    updates: [
      [-296, {
        fi: 'Asukkaat ehdottivat 23 pimeää kohtaa; niistä valittiin yhdeksän eniten käytettyä väylää.',
        sv: 'Invånarna föreslog 23 mörka platser; av dem valdes de nio mest använda vägarna.',
        en: 'Residents suggested 23 dark spots; the nine most used paths among them were chosen.',
      }],
      [-110, {
        fi: 'Kaikki yhdeksän väylää on valaistu. Valot syttyvät hämärän tullen.',
        sv: 'Alla nio vägar är belysta. Lamporna tänds när det skymmer.',
        en: 'All nine paths are lit. The lights come on at dusk.',
      }],
    ],
    evaluations: [[5, 'Koulumatka tuntuu nyt turvalliselta.'], [4, null], [4, null]],
  },
];

export function progressSeedSql({ tenantId, insert, now, ideaIds }) {
  const at = pastClock(now);
  const date = (d) => new Date(now + d * day).toISOString().slice(0, 10);
  const p = progressProcess;
  const out = [insert('processes', processRow({ tenantId, ...p, phaseAt: dayClock(now), createdAt: at(-130) }))];
  for (const project of projects) {
    const created = at(project.created);
    const last = [project.created, ...project.events.map((e) => e[0]), ...project.updates.map((u) => u[0])].sort((a, b) => a - b).at(-1);
    const participation = project.participation
      ? { ...project.participation, startsAt: new Date(now + project.participation.startsAt * day).toISOString().slice(0, 11) + '15:00:00.000Z' }
      : null;
    const ideaId = project.idea ? ideaIds.get(project.idea) : undefined;
    const processId = project.process ?? p.id;
    out.push(
      insert('projects', {
        id: project.id,
        tenant_id: tenantId,
        process_id: processId,
        title: JSON.stringify(project.title),
        description: JSON.stringify(project.description),
        area_id: project.area,
        proposal_id: project.proposal ?? null,
        idea_ids: JSON.stringify(ideaId ? [ideaId] : []),
        responsible_unit: project.unit,
        budget_allocated_eur: project.budget,
        budget_spent_eur: project.spent,
        status: project.status,
        cancel_reason: project.cancelReason ?? null,
        progress_percent: project.progress,
        participation: participation ? JSON.stringify(participation) : null,
        created_at: created,
        updated_at: at(last),
        completed_at: project.status === 'completed' ? at(project.events.at(-1)[0]) : null,
      }),
    );
    project.milestones.forEach(([id, title, planned, actual], i) => {
      out.push(
        insert('project_milestones', {
          project_id: project.id, id, position: i, title: JSON.stringify(typeof title === 'string' ? { fi: title } : title), planned_date: date(planned), actual_date: actual === null ? null : date(actual),
        }),
      );
    });
    const events = [[project.created, 'created', { status: 'planned' }], ...project.events];
    const updates = project.updates.map(([d, text]) => ({ d, text }));
    const timeline = [...events.map((e) => ({ d: e[0], event: e })), ...updates.map((u) => ({ d: u.d, update: u }))].sort((a, b) => a.d - b.d);
    for (const item of timeline) {
      if (item.event) {
        const [d, kind, data] = item.event;
        out.push(insert('project_events', { project_id: project.id, tenant_id: tenantId, process_id: processId, kind, at: at(d), data: JSON.stringify(data), actor: 'seed' }));
      } else {
        const u = item.update;
        out.push(
          insert('project_updates', {
            project_id: project.id, at: at(u.d, 1000), text: JSON.stringify(typeof u.text === 'string' ? { fi: u.text } : u.text),
            image_url: null, image_alt: null, actor: 'seed',
          }),
        );
        out.push(
          insert('project_events', {
            project_id: project.id, tenant_id: tenantId, process_id: processId, kind: 'update', at: at(u.d, 1000),
            data: sqlExpression("json_object('updateId', last_insert_rowid())"), actor: 'seed',
          }),
        );
      }
    }
    for (let n = 0; n < (project.signups ?? 0); n++) {
      out.push(insert('project_signups', { project_id: project.id, name: `Asukas ${n + 1}`, email: `asukas${n + 1}@example.invalid`, participants: 1 + (n % 2), created_at: at(-10, n * 3_600_000) }));
    }
    (project.evaluations ?? []).forEach(([rating, comment], n) => {
      out.push(
        insert('project_evaluations', {
          project_id: project.id, tenant_id: tenantId, evaluator_hash: `seed-evaluator-${project.id}-${n}`, rating, comment,
          comment_status: comment ? 'published' : 'none', created_at: at(-20 + n),
        }),
      );
    });
  }
  return out;
}
