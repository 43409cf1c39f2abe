# Kronika event lexicon: Slovene.
# Token patterns are lower-case regular expressions, one per token; '*' is any letters; '~' lets
# up to three tokens stand between two patterns. One line per token sequence. Among matches of
# one length, the earlier line wins. The future is "bo/bosta/bodo" with the l-participle, which
# is listed as PAST: the FUTURE cue before it makes it a plan.

[triggers]
# --- CONSULT: phone ---
CONSULT PHONE        NOUN     telefonsk(i|ega|em|im|a|o|e|ih) (pogovor|pogovora|pogovoru|pogovorom|pogovori|pogovorov)
CONSULT PHONE        NOUN     (pogovor|pogovora|pogovoru) po telefonu
CONSULT PHONE        NOUN     videokonferenc*|videoklic*|telefon*
CONSULT PHONE        PAST     poklical(|a|i|o)|klical(|a|i)
# --- CONSULT: talks of any kind ---
CONSULT UNSPECIFIED  PAST     pogovarjal(|a|i|o|a)|pogovoril(|a|i|o)|govoril(|a|i)|razpravljal(|a|i)|pogajal(|a|i)
CONSULT UNSPECIFIED  PRESENT  pogovarja|pogovarjata|pogovarjajo|govori|govorita|razpravljata|razpravljajo|pogajata|pogajajo
CONSULT UNSPECIFIED  INF      pogovoriti|pogovarjati|razpravljati|pogajati
CONSULT UNSPECIFIED  NOUN     pogovor(|a|u|om|i|ov|ih)|pogajanj(a|ih|e|i)|posvetovanj(e|a|u|i)|razgovor(|a|u|i)
# --- CONSULT: in-person meetings ---
CONSULT MEET         PAST     srečal(|a|i|o|e)|sestal(|a|i|o)|sešel|sešla|sešli
CONSULT MEET         FUTURE   sestane|sestaneta|sestanejo|srečata|srečajo
CONSULT MEET         PRESENT  srečujeta|srečujejo|sestaja|sestajata|sestajajo
CONSULT MEET         INF      srečati|sestati
CONSULT MEET         NOUN     srečanj(e|a|u|em|i|ih|ema)|sestan(ek|ka|ku|kom|ki|kov)
# --- CONSULT: visits ---
CONSULT VISIT        PAST     obiskal(|a|i|o)|prispel(|a|i)|odpotoval(|a|i)|pripotoval(|a|i)|odletel(|a|i)
CONSULT VISIT        FUTURE   obišče|obiščejo|obiščeta|prispe|prispejo
CONSULT VISIT        PRESENT  obiskuje|obiskujeta|potuje|prihaja
CONSULT VISIT        INF      obiskati|obiskovati|odpotovati
CONSULT VISIT        NOUN     obisk(|a|u|om|i|ov|ih)|potovanj(e|a|u)
# --- CONSULT: summits ---
CONSULT MULTILATERAL NOUN     vrhunsk(o|em|ega|ih) (srečanje|srečanju|srečanja)
CONSULT MULTILATERAL NOUN     vrh(|a|u|om|ov|ih)|summit(|a|u|om)|večstransk*|tristransk*
# --- AGREE ---
AGREE   UNSPECIFIED  PAST     dogovoril(|a|i|o|e)|strinjal(|a|i|o)|podpisal(|a|i|o)|sprejel(|a|i)|uskladil(|a|i)
AGREE   UNSPECIFIED  FUTURE   dogovorita|dogovorijo|podpišeta|podpišejo
AGREE   UNSPECIFIED  INF      dogovoriti|podpisati|uskladiti
AGREE   UNSPECIFIED  NOUN     dogovor(|a|u|om|i|ov)|sporazum(|a|u|om|i|ov)|soglasj(e|a|u)
# --- REQUEST ---
REQUEST UNSPECIFIED  PAST     pozval(|a|i)|zahteval(|a|i)|prosil(|a|i)|zaprosil(|a|i)
REQUEST UNSPECIFIED  PRESENT  poziva|pozivajo|zahteva|zahtevajo|prosi
REQUEST UNSPECIFIED  NOUN     poziv(|a|u)|zahtev(a|o|e|i)|prošnj(a|o|e)
# --- REJECT ---
REJECT  UNSPECIFIED  PAST     zavrnil(|a|i)|odklonil(|a|i)
REJECT  UNSPECIFIED  PRESENT  zavrača|zavračajo|odklanja
REJECT  UNSPECIFIED  NOUN     zavrnitev|zavrnitv(e|i|ijo)|odklonitev|veto
# --- SANCTION ---
SANCTION UNSPECIFIED PAST     uvedl(|a|i)|izgnal(|a|i)|zamrznil(|a|i)
SANCTION UNSPECIFIED NOUN     sankcij(a|e|o|ami|ah|am)|embarg(o|a|u)
# --- ACCUSE ---
ACCUSE  UNSPECIFIED  PAST     obtožil(|a|i)|obsodil(|a|i)|kritiziral(|a|i)
ACCUSE  UNSPECIFIED  PRESENT  obtožuje|obtožujejo|kritizira|kritizirajo
ACCUSE  UNSPECIFIED  NOUN     obtožb(a|e|o)|kritik(a|e|o)
# --- THREATEN ---
THREATEN UNSPECIFIED PAST     zagrozil(|a|i)|grozil(|a|i)|posvaril(|a|i)|opozoril(|a|i)
THREATEN UNSPECIFIED PRESENT  grozi|grozijo|opozarja|opozarjajo
THREATEN UNSPECIFIED NOUN     grožnj(a|e|o)|ultimat(|a|u|um)
# --- SUPPORT ---
SUPPORT UNSPECIFIED  PAST     podprl(|a|i)|pohvalil(|a|i)|pozdravil(|a|i)
SUPPORT UNSPECIFIED  PRESENT  podpira|podpirajo
SUPPORT UNSPECIFIED  NOUN     podpor(a|e|o)
# --- COOPERATE ---
COOPERATE UNSPECIFIED PAST    sodeloval(|a|i)
COOPERATE UNSPECIFIED PRESENT sodelujeta|sodelujejo|sodeluje
COOPERATE UNSPECIFIED INF     sodelovati

[cues]
NEGATION        ne|ni|nista|niso|nikoli
MODAL           lahko|morda|verjetno|mogoče|bi|utegne|utegneta|utegnejo
CONDITIONAL     če
FUTURE          bo|bosta|bodo|bomo|načrtovan*|predviden*|prihodnj*|naslednj*|kmalu|bližnj*
FUTURE          se pričakuje
INTENT          dogovoril(|a|i|o|e)|načrtuje|načrtujeta|načrtujejo|namerava|nameravata|nameravajo|pripravljen*|napovedal*|odločil(|a|i|o|e)|želi|želita
PAST            potekal(|a|o|i)|bil|bila|bilo|bili|izvedl(|a|i|o)|lani|prejšnj*
ONGOING         zdaj|trenutno|poteka|potekajo|nadaljuje|nadaljujejo
CANCEL          odpovedan*|odpovedal*|preložen*|preložil*|odložen*|odložil*|prekinjen*
DENY            zanikal(|a|i)|zanika|zanikajo|demantiral*
REPORTING       dejal(|a|i)|povedal(|a|i)|sporočil(|a|i)|izjavil(|a|i)|dodal(|a|i)|poudaril(|a|i)|navedel(|a|i)|poroča|poročal(|a|i)|potrdil(|a|i)|zapisal(|a|i)
REPORTING       po besedah
REPORTING       po navedbah
SPOKESPERSON    predstavni(k|ka|ku|kom|ca)|govorn(ik|ika|ica)
SPOKESPERSON    tiskovn(i|a|ega|em) (predstavnik|predstavnica|služba|službe)
ROLE_HEAD_OF_STATE    predsedni(k|ka|ku|kom|ki|kov)|voditelj(|a|u|em|i|ev|ja)|vodj(a|e|i|o)|diktator(|ja|jem|ju)|lider(|ja|jem|ji)
ROLE_HEAD_OF_STATE    šef(|a|u|om) držav(e)?
ROLE_HEAD_OF_GOVERNMENT premier(|ja|ju|jem|ka)|kancler(|ja|jem|ka|ko)
ROLE_HEAD_OF_GOVERNMENT predsedni(k|ka) vlade
ROLE_FOREIGN_MINISTER zunanj(i|ega|em|im) minist(er|ra|ru|rom)
ROLE_FOREIGN_MINISTER minist(er|ra|ru|rom) za zunanje zadeve
ROLE_COUNTERPART      kolega|kolegom|kolego|kolegi|sogovorni(k|kom|ka|ku)
PLURAL_ANAPHOR  oba|obe|obeh|obema|strani
PLURAL_ANAPHOR  druga z drugim
LOCATIVE        v|na|pri
DIRECTIONAL     v|na|do|k|h
FUNCTION        se|z|s|in|ter|tudi|že|še|uradno|osebno|danes|včeraj|jutri|znova|spet|njegov*|njen*|njun*|njih|svoj*|pri|dvostransk*|delovn*|uradn*|sta|je|so|bo|bosta|bodo|si
CLAUSE_BREAK    da|ki|ko|kjer|medtem|ker|čeprav|ampak|toda|vendar
FRAME           med|ob
AFTER           po|potem
PAST_VERB       *(al|ala|alo|ali|ile|il|ila|ilo|ili|el|ela|eli|ul|ula|uli)
FUTURE_VERB     bo|bosta|bodo|bomo
# Subordinate clauses (their triggers are rarely the sentence's main event) and determiners (a participle after one is an adjective).
SUBORDINATE     če|ko|ker|čeprav|medtem|preden|dokler|ki|kjer|kateri|katera|katero|katere|kateri|katerih
DETERMINER      ta|te|ti|tega|tej|teh|njegov*|njen*|njihov*|svoj*

[triggers]
# --- Material cooperation and conflict (PLOVER): aid, protest, force, concessions, withdrawal ---
AID     UNSPECIFIED  PAST     zagotovil(|a|i|o)|podaril(|a|i|o)|poslal(|a|i|o)|namenil(|a|i|o)|dostavil(|a|i|o)
AID     UNSPECIFIED  FUTURE   zagotovi|zagotovijo|pošlje|pošljejo|podari|podarijo
AID     UNSPECIFIED  INF      zagotoviti|poslati|podariti
AID     UNSPECIFIED  NOUN     posojil(o|a|u)|azil(|a)
# 'help' alone is too general ('bez pomocy', 'с помощью'): aid is named by its kind.
AID     UNSPECIFIED  NOUN     (humanitarn*|vojašk*|finančn*|gospodarsk*|materialn*) pomoč(|i)
AID     UNSPECIFIED  NOUN     pomoč(|i) (humanitarn*|vojašk*|finančn*|gospodarsk*|materialn*)
PROTEST UNSPECIFIED  PAST     protestiral(|a|i|e)|demonstriral(|a|i|e)|stavkal(|a|i|e)
PROTEST UNSPECIFIED  PRESENT  protestira|protestirajo|demonstrira|demonstrirajo|stavkajo
PROTEST UNSPECIFIED  NOUN     protest(|i|a|ov|ih)|demonstracij(a|e|o|ah)|stavk(a|e|o)|nemir(i|ov)|protestnik(i|ov)
ASSAULT UNSPECIFIED  PAST     napadel|napadl(a|i|e)|ubil(|a|i|e)|obstreljeval(|a|i|e)|bombardiral(|a|i|e)|sestrelil(|a|i|e)|vdrl(|a|i|e)
ASSAULT UNSPECIFIED  PRESENT  napada|napadajo|obstreljuje|obstreljujejo|bombardira|bombardirajo
ASSAULT UNSPECIFIED  NOUN     napad(|a|u|i|ov)|obstreljevanj(e|a)|bombardiranj(e|a)|atentat(|a)|invazij(a|e|o)|spopad(|i|ov)
COERCE  UNSPECIFIED  PAST     aretiral(|a|i|e)|pridržal(|a|i|e)|deportiral(|a|i|e)|zaprl(|a|i|e)|ugrabil(|a|i|e)|zaplenil(|a|i|e)|prepovedal(|a|i|e)|razgnal(|a|i|e)
COERCE  UNSPECIFIED  NOUN     aretacij(a|e|o)|represij(a|e)
COERCE  UNSPECIFIED  NOUN     policijsk(a|o|e) ur(a|o|e)
COERCE  UNSPECIFIED  NOUN     izredn(o|em|ega) stanj(e|u|a)
RETREAT UNSPECIFIED  PAST     umaknil(|a|i|e)|izpustil(|a|i|e)|osvobodil(|a|i|e)|evakuiral(|a|i|e)|odstopil(|a|i|e)
RETREAT UNSPECIFIED  FUTURE   umakne|umaknejo|izpusti|izpustijo|odstopi
RETREAT UNSPECIFIED  INF      umakniti|izpustiti|evakuirati|odstopiti
RETREAT UNSPECIFIED  NOUN     umik(|a|u)|odstop(|a|u)|premirj(e|a|u)
CONCEDE UNSPECIFIED  PAST     (odpravil(|a|i|e)|ublažil(|a|i|e)|sprostil(|a|i|e)|preklical(|a|i|e)) ~ (sankcij*|omejitv*|prepoved*|embarg*|stanj*|ukrep*|policijsk*)
CONCEDE UNSPECIFIED  INF      (odpraviti|ublažiti|sprostiti|preklicati) ~ (sankcij*|omejitv*|prepoved*|embarg*|stanj*|ukrep*|policijsk*)
CONCEDE UNSPECIFIED  PAST     popustil(|a|i|e)|dovolil(|a|i|e)
CONCEDE UNSPECIFIED  PAST     ugodil(|a|i|e) ~ zahtev*
MOBILIZE UNSPECIFIED PAST     mobiliziral(|a|i|e)|namestil(|a|i|e)
MOBILIZE UNSPECIFIED NOUN     mobilizacij(a|e|o)|namestit(ev|ve)
SANCTION UNSPECIFIED PAST     (ustavil(|a|i|e)|prekinil(|a|i|e)|zamrznil(|a|i|e)) ~ (pomoč|dobav*|financiranj*|pogovor*|odnos*|stik*)
ACCUSE  UNSPECIFIED  PAST     tožil(|a|i|e)|pritožil(|a|i|e)
ACCUSE  UNSPECIFIED  PAST     vložil(|a|i|e) ~ (pritožb*|tožb*|protest*)
ACCUSE  UNSPECIFIED  NOUN     pritožb(a|e|o)|tožb(a|e|o)
COOPERATE UNSPECIFIED PAST    izročil(|a|i|e)
COOPERATE UNSPECIFIED PAST    (delil(|a|i|e)|izmenjal(|a|i|e)) ~ (informacij*|podatk*|izkušnj*)
COOPERATE UNSPECIFIED NOUN    izročitev|izročitv(e|i)|ekstradicij(a|e|o)
COOPERATE UNSPECIFIED NOUN    skupn(e|ih) vaj(e|ah)
SUPPORT UNSPECIFIED  PAST     opravičil(|a|i|e)|odpustil(|a|i|e)
SUPPORT UNSPECIFIED  PAST     (vzpostavil(|a|i|e)|obnovil(|a|i|e)) ~ odnos*
CONSULT UNSPECIFIED  NOUN     posredovanj(e|a|u)|mediacij(a|e|o)
