/**
 * What the demo tenant holds: Kuopio's participatory-budgeting round 2027, its themes, and
 * invented but realistic ideas and comments in every state. Used by scripts/seed.mjs.
 * Day offsets are relative to the moment of seeding (negative = in the past).
 */

export const tenant = {
  id: 'kuopio',
  name: 'Kuopio',
  allowedOrigins: ['https://www.kuopio.fi', 'https://kuopio.fi'],
};

export const process = {
  id: 'pb-2027',
  kind: 'participatory-budgeting',
  title: {
    fi: 'Osallistuva budjetointi 2027',
    sv: 'Deltagande budgetering 2027',
    en: 'Participatory budgeting 2027',
  },
  description: {
    fi: 'Kuopio käyttää 200 000 euroa asukkaiden ideoihin. Jätä idea, kommentoi ja kannata muiden ideoita. Kaupungin asiantuntijat arvioivat ideoiden toteutettavuuden ja kustannukset, ja lopuksi kuopiolaiset äänestävät toteutettavista hankkeista.',
    sv: 'Kuopio använder 200 000 euro till invånarnas idéer. Lämna en idé, kommentera och stöd andras idéer. Stadens experter bedömer idéernas genomförbarhet och kostnader, och till sist röstar invånarna om vilka projekt som genomförs.',
    en: "Kuopio spends 200,000 euros on residents' ideas. Propose an idea, comment on and support others' ideas. The city's experts assess feasibility and cost, and finally residents vote on the projects to carry out.",
  },
  budgetEur: 200000,
  /** [kind, start day, end day] relative to the seed time: ideation is always open now. */
  phases: [
    ['ideation', -20, 25],
    ['co-creation', 25, 60],
    ['voting', 60, 75],
    ['implementation', 75, 440],
    ['evaluation', 440, 500],
  ],
};

export const themes = [
  { id: 'liikunta-ja-ulkoilu', name: { fi: 'Liikunta ja ulkoilu', sv: 'Motion och friluftsliv', en: 'Sports and outdoor activities' } },
  { id: 'kulttuuri', name: { fi: 'Kulttuuri', sv: 'Kultur', en: 'Culture' } },
  { id: 'luonto-ja-ymparisto', name: { fi: 'Luonto ja ympäristö', sv: 'Natur och miljö', en: 'Nature and environment' } },
  { id: 'lapset-ja-nuoret', name: { fi: 'Lapset ja nuoret', sv: 'Barn och unga', en: 'Children and young people' } },
  { id: 'yhteisollisyys', name: { fi: 'Yhteisöllisyys', sv: 'Gemenskap', en: 'Community' } },
  { id: 'liikenne-ja-turvallisuus', name: { fi: 'Liikenne ja turvallisuus', sv: 'Trafik och säkerhet', en: 'Traffic and safety' } },
  { id: 'ikaihmiset', name: { fi: 'Ikäihmiset', sv: 'Äldre', en: 'Older people' } },
];

/**
 * Ideas. `state`: pending | published | rejected | merged | feasible | not-feasible.
 * `day`: when it was submitted; `supports`: how many browsers support it.
 */
export const ideas = [
  {
    key: 'kuntoportaat', state: 'feasible', day: -19, supports: 48, theme: 'liikunta-ja-ulkoilu', area: '70100', pin: true,
    title: 'Kuntoportaat Väinölänniemen rinteeseen',
    description: 'Väinölänniemen rinteeseen voisi rakentaa puiset kuntoportaat, joita voisi käyttää ympäri vuoden. Portaiden viereen valaistus iltoja varten ja levähdyspaikka puolivälin tasanteelle. Kuntoportaat houkuttelisivat liikkumaan myös niitä, jotka eivät käy kuntosalilla.',
    author: 'Mikko H.',
    review: { costEur: 85000, unit: 'Liikuntapalvelut', reason: 'Toteutettavissa puurakenteisena. Valaistus liitetään olemassa olevaan puistovalaistukseen.' },
  },
  {
    key: 'ulkokuntosali', state: 'feasible', day: -18, supports: 27, theme: 'liikunta-ja-ulkoilu', area: '70820',
    title: 'Ulkokuntosali lähiön puistoon',
    description: 'Alueen puistossa on tilaa ulkokuntosalille. Laitteiden tulisi sopia kaikenikäisille, myös ikäihmisille ja pyörätuolin käyttäjille. Lähin ulkokuntosali on nyt yli kolmen kilometrin päässä.',
    author: 'Sanna',
    review: { costEur: 45000, unit: 'Liikuntapalvelut', reason: null },
  },
  {
    key: 'talviuinti', state: 'not-feasible', day: -18, supports: 15, theme: 'liikunta-ja-ulkoilu', area: '70500',
    title: 'Talviuintipaikka kaupunginosan rantaan',
    description: 'Rannassa voisi olla avanto ja pieni pukukoppi talviuimareille. Lähimmälle avannolle on pitkä matka, ja moni aloittaisi talviuinnin, jos paikka olisi lähellä kotia.',
    author: null,
    review: { costEur: null, unit: 'Liikuntapalvelut', reason: 'Ranta on liian matala avannolle, ja jäänpitoon tarvittava ilmastin vaatisi sähköliittymän, jonka kustannukset ylittävät hankkeelle varatun osuuden. Lähin kaupungin ylläpitämä avanto on Väinölänniemessä.' },
  },
  {
    key: 'lukunurkkaus', state: 'published', day: -17, supports: 12, theme: 'lapset-ja-nuoret', area: '70200',
    title: 'Nuorten lukunurkkaus lähikirjastoon',
    description: 'Lähikirjastoon viihtyisä nurkkaus nuorille: säkkituoleja, latauspisteitä ja oma hylly sarjakuville ja mangalle. Nuoret voisivat itse valita osan kirjoista.',
    author: 'Aino, 15 v',
  },
  {
    key: 'katutaide', state: 'feasible', day: -16, supports: 35, theme: 'kulttuuri', area: '70100', pin: true,
    title: 'Katutaidetta alikulkutunneleihin',
    description: 'Keskustan harmaat alikulkutunnelit piristyisivät, jos paikalliset taiteilijat ja koululaiset maalaisivat niihin muraaleja. Valoisampi tunneli tuntuu myös turvallisemmalta illalla.',
    author: 'Kuopion taideyhdistyksen jäsen',
    review: { costEur: 30000, unit: 'Kulttuuripalvelut', reason: 'Toteutus yhdessä kuvataidekoulun kanssa; seinien omistajien luvat selvitetty.' },
  },
  {
    key: 'kesateatteri', state: 'pending', day: -1, supports: 0, theme: 'kulttuuri', area: '70100',
    title: 'Kesäteatteri Snellmanin puistoon',
    description: 'Snellmanin puistossa voisi järjestää kesäisin ilmaisia teatteriesityksiä ja konsertteja. Tarvittaisiin siirrettävä lava ja istuimia noin sadalle katsojalle.',
    author: 'Teatterin ystävä',
  },
  {
    key: 'yhteispuutarha', state: 'published', day: -15, supports: 22, theme: 'luonto-ja-ymparisto', area: '70780',
    title: 'Yhteisöpuutarha kerrostaloalueelle',
    description: 'Kerrostaloalueella monella ei ole omaa pihaa. Yhteinen kasvimaa, jossa olisi viljelylaatikoita, kompostori ja vesipiste, toisi naapurit yhteen ja opettaisi lapsille ruoan kasvattamista.',
    author: 'Leena ja naapurit',
  },
  {
    key: 'perhosniitty', state: 'pending', day: -2, supports: 0, theme: 'luonto-ja-ymparisto', area: '70840',
    title: 'Perhosniitty nurmikon tilalle',
    description: 'Osan puiston lyhyeksi leikatusta nurmikosta voisi muuttaa niityksi, jossa kasvaa kotimaisia kukkia. Niitty houkuttelisi pölyttäjiä ja säästäisi leikkuukustannuksia.',
    author: null,
  },
  {
    key: 'roska-astiat', state: 'rejected', day: -14, supports: 0, theme: 'luonto-ja-ymparisto', area: null,
    title: 'Lisää roska-astioita ulkoilureiteille',
    description: 'Suosituilla ulkoilureiteillä roska-astiat täyttyvät viikonloppuisin ja roskia päätyy luontoon. Reittien varteen tarvittaisiin lisää astioita ja tiheämpi tyhjennys.',
    author: 'Ulkoilija',
    reason: 'Roska-astioiden lisääminen ja tyhjennysväli kuuluvat ulkoilureittien tavalliseen ylläpitoon. Välitimme toiveen ylläpidolle, joten ideaa ei viedä osallistuvaan budjetointiin.',
  },
  {
    key: 'nuorisotila-nilsia', state: 'published', day: -13, supports: 19, theme: 'lapset-ja-nuoret', area: '73300', pin: true,
    title: 'Nuorisotila Nilsiän keskustaan',
    description: 'Nilsiän nuorilla ei ole iltaisin paikkaa, jossa olla yhdessä. Keskustaan tarvitaan nuorisotila, jossa on pelejä, musiikkilaitteita ja ohjaaja muutamana iltana viikossa.',
    author: 'Nilsiän nuorisovaltuusto',
  },
  {
    key: 'skeittiparkki', state: 'feasible', day: -12, supports: 41, theme: 'lapset-ja-nuoret', area: '70100',
    title: 'Skeittiparkin laajennus',
    description: 'Nykyinen skeittiparkki on ruuhkainen. Laajennukseen uusia ramppeja ja aloittelijoille oma alue, jotta pienemmätkin uskaltavat harjoitella. Myös valaistus syysiltoihin.',
    author: 'Joonas',
    review: { costEur: 120000, unit: 'Liikuntapalvelut', reason: 'Laajennus mahdollinen nykyisen parkin eteläpuolelle; suunnittelu yhdessä käyttäjien kanssa.' },
  },
  {
    key: 'rampit', state: 'merged', day: -10, supports: 6, theme: 'lapset-ja-nuoret', area: '70100', into: 'skeittiparkki',
    title: 'Lisää ramppeja skeittiparkkiin',
    description: 'Skeittiparkkiin tarvitaan lisää ramppeja ja reilejä, nyt vuoroa joutuu odottamaan pitkään. Myös potkulautailijat tarvitsevat tilaa.',
    author: 'Eetu',
    note: 'Sama tavoite kuin skeittiparkin laajennuksessa; ideat yhdistettiin.',
  },
  {
    key: 'penkit', state: 'feasible', day: -11, supports: 29, theme: 'ikaihmiset', area: '70100', pin: true,
    title: 'Penkkejä Kallaveden rantareitille',
    description: 'Rantareitillä on pitkiä matkoja ilman yhtään penkkiä. Moni ikäihminen jättää lenkin väliin, koska ei pääse lepäämään. Penkkejä noin 300 metrin välein, mielellään käsinojilla.',
    author: 'Eila K.',
    review: { costEur: 18000, unit: 'Kaupunkiympäristön palvelut, puistot', reason: null },
  },
  {
    key: 'tuolijumppa', state: 'published', day: -10, supports: 11, theme: 'ikaihmiset', area: '71310',
    title: 'Senioreiden tuolijumppa kylätalolle',
    description: 'Vehmersalmen kylätalolle viikoittainen ohjattu tuolijumppa ikäihmisille. Jumpan jälkeen kahvit ja juttuseuraa. Kyytejä voisi järjestää yhteisesti.',
    author: 'Vehmersalmen kyläyhdistys',
  },
  {
    key: 'kylakirppis', state: 'published', day: -9, supports: 9, theme: 'yhteisollisyys', area: '71160',
    title: 'Kyläkirppis ja kesäkahvila koulun pihaan',
    description: 'Riistavedellä voisi kesäisin pitää kuukausittain kyläkirppiksen ja kahvilan koulun pihalla. Tarvittaisiin katoksia, pöytiä ja sähköpiste.',
    author: 'Riistavetinen',
  },
  {
    key: 'grillikatos', state: 'published', day: -8, supports: 14, theme: 'yhteisollisyys', area: '70800',
    title: 'Naapurustojen yhteinen grillikatos',
    description: 'Lähimetsän laitaan katettu grillipaikka, jossa naapurit voisivat kokoontua ympäri vuoden. Katos suojaisi sateelta ja puuvaja pitäisi polttopuut kuivina.',
    author: null,
  },
  {
    key: 'suojatie', state: 'feasible', day: -16, supports: 38, theme: 'liikenne-ja-turvallisuus', area: '70300',
    title: 'Turvallisempi suojatie koulun kohdalle',
    description: 'Koulun edessä oleva suojatie on aamuisin vaarallinen, koska autot ajavat lujaa. Korotettu suojatie ja vilkkuva varoitusmerkki rauhoittaisivat liikennettä.',
    author: 'Huolestunut vanhempi',
    review: { costEur: 25000, unit: 'Liikennesuunnittelu', reason: 'Korotettu suojatie ja varoitusvalo mahtuvat katusuunnitelmaan.' },
  },
  {
    key: 'pyoraparkki', state: 'published', day: -7, supports: 8, theme: 'liikenne-ja-turvallisuus', area: '71750',
    title: 'Katettu pyöräparkki kirkonkylälle',
    description: 'Maaningan kirkonkylän linja-autopysäkin viereen katettu pyöräparkki runkolukitusmahdollisuudella. Näin pyörällä pysäkille tulevat voisivat jatkaa bussilla kaupunkiin.',
    author: 'Pyöräilijä Maaningalta',
  },
  {
    key: 'katuvalot', state: 'pending', day: -1, supports: 0, theme: 'liikenne-ja-turvallisuus', area: '72100',
    title: 'Katuvalot kevyen liikenteen väylälle',
    description: 'Karttulan koululle johtavalta kevyen liikenteen väylältä puuttuu valaistus noin kilometrin matkalta. Pimeällä koululaisten matka on turvaton.',
    author: 'Karttulalainen',
  },
  {
    key: 'frisbeegolf', state: 'published', day: -6, supports: 25, theme: 'liikunta-ja-ulkoilu', area: '73310',
    title: 'Frisbeegolfrata Tahkolle',
    description: 'Tahkolle 18-väyläinen frisbeegolfrata, joka palvelisi sekä matkailijoita että paikallisia. Rata voisi kiertää rinteiden juurella kesäkaudella.',
    author: 'Frisbeegolfseura',
  },
  {
    key: 'ruukki', state: 'published', day: -6, supports: 13, theme: 'kulttuuri', area: '73500',
    title: 'Juankosken ruukkimiljöön kesätapahtuma',
    description: 'Ruukkimiljöössä voisi järjestää kesätapahtuman, jossa on paikallisia esiintyjiä, käsityöläisiä ja historiakierroksia. Tapahtuma toisi kävijöitä koko Kuopion alueelta.',
    author: 'Ruukin ystävät',
  },
  {
    key: 'koirapuisto', state: 'published', day: -5, supports: 40, theme: 'yhteisollisyys', area: '70780', pin: true,
    title: 'Koirapuisto kerrostaloalueelle',
    description: 'Alueella on paljon koiranomistajia mutta ei yhtään aidattua koirapuistoa. Erilliset aitaukset isoille ja pienille koirille, penkit ja roska-astiat.',
    author: 'Koiraihmiset',
  },
  {
    key: 'koirapuistoja', state: 'merged', day: -4, supports: 3, theme: 'yhteisollisyys', area: '70780', into: 'koirapuisto',
    title: 'Lisää koirapuistoja',
    description: 'Koirapuistoja on liian vähän ja ne ovat kaukana. Uusi koirapuisto tarvittaisiin pian, koska koiria on alueella paljon.',
    author: null,
    note: null,
  },
  {
    key: 'liikennepuisto', state: 'pending', day: 0, supports: 0, theme: 'lapset-ja-nuoret', area: '70820',
    title: 'Lasten liikennepuisto',
    description: 'Pieni liikennepuisto, jossa lapset voisivat harjoitella pyöräilyä ja liikennesääntöjä turvallisesti. Mukaan liikennemerkit, suojatiet ja pienoisliikennevalot.',
    author: 'Päiväkodin vanhempainyhdistys',
  },
  {
    key: 'laituri', state: 'published', day: -3, supports: 17, theme: 'liikunta-ja-ulkoilu', area: '71310',
    title: 'Uimarannan laituri',
    description: 'Vehmersalmen uimarannan vanha laituri on huonossa kunnossa. Uusi, pidempi laituri ja uimaportaat tekisivät rannasta turvallisemman myös lapsille ja ikäihmisille.',
    author: 'Kesäasukas',
  },
  {
    key: 'kuntosalivuorot', state: 'rejected', day: -12, supports: 0, theme: 'ikaihmiset', area: null,
    title: 'Ilmaiset kuntosalivuorot senioreille',
    description: 'Eläkeläisille maksuttomat aamuvuorot kaupungin kuntosaleille. Liikunta pitää kunnossa ja vähentää kaatumisia.',
    author: 'Seniori',
    reason: 'Kuntosalien hinnat päätetään liikuntapalvelujen hinnastossa, eikä osallistuvalla budjetilla rahoiteta jatkuvia käyttökuluja. Seniorien alennetut vuorot ovat jo käytössä arkiaamuisin.',
  },
  {
    key: 'laavu', state: 'published', day: -2, supports: 5, theme: 'luonto-ja-ymparisto', area: '73300',
    title: 'Laavu ja tulipaikka ulkoilureitin varteen',
    description: 'Nilsiän ulkoilureitin varrelle laavu ja tulipaikka, jossa retkeilijät ja koululuokat voisivat pysähtyä eväille. Puuhuolto yhdessä paikallisen metsästysseuran kanssa.',
    author: 'Retkeilijä',
  },
];

/** Comments: [idea key, state, day, author, body]. state: published | pending | rejected. */
export const comments = [
  ['kuntoportaat', 'published', -17, 'Raili', 'Loistava idea! Portaat olisivat kovassa käytössä jo ennen töitä.'],
  ['kuntoportaat', 'published', -15, null, 'Muistakaa kaiteet molemmin puolin, niin portaita voi käyttää myös talvella turvallisesti.'],
  ['katutaide', 'published', -14, 'Koululainen', 'Meidän luokka haluaisi olla mukana maalaamassa!'],
  ['koirapuisto', 'published', -4, 'Pekka', 'Tätä on odotettu pitkään. Pienten koirien aitaus on tärkeä.'],
  ['koirapuisto', 'pending', 0, null, 'Voisiko koirapuistossa olla myös agility-esteitä?'],
  ['penkit', 'published', -9, 'Eila K.', 'Kiitos kannatuksesta! Käsinojat auttavat nousemaan penkiltä.'],
  ['suojatie', 'published', -12, null, 'Sama ongelma myös iltapäivällä, kun koulu päättyy.'],
  ['skeittiparkki', 'published', -10, 'Skeittari', 'Valot ovat tärkeimmät, syksyllä pimenee jo viideltä.'],
  ['nuorisotila-nilsia', 'published', -11, 'Nuorisotyöntekijä', 'Tilan voisi suunnitella yhdessä nuorten kanssa.'],
  ['frisbeegolf', 'pending', -1, 'Tahkon mökkiläinen', 'Radan voisi rakentaa niin, ettei se häiritse kesän ulkoilijoita.'],
  ['yhteispuutarha', 'published', -13, 'Leena', 'Taloyhtiö on lupautunut mukaan ylläpitämään kasvimaata.'],
  ['yhteispuutarha', 'rejected', -12, null, 'Tämä on ihan turha idea.', 'Kommentti ei noudata keskustelun sääntöjä: perustele kantasi asiallisesti.'],
  ['laituri', 'pending', 0, null, 'Uimaportaat ovat tärkeät, nykyisiltä on vaikea nousta.'],
];

/** Names of the extra generated ideas (benchmark). */
export const extraTitles = [
  'Lisää valaistusta puistoon',
  'Uusi leikkipaikka',
  'Penkkejä kävelyreitille',
  'Pyörätelineitä koululle',
  'Kukkaistutuksia keskustaan',
  'Kuntoilulaitteita rantaan',
  'Yhteinen tapahtuma naapurustolle',
  'Roskakoreja uimarannalle',
];
