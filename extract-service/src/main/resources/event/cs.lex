# Kronika event lexicon: Czech.
# Token patterns are lower-case regular expressions, one per token; '*' is any letters; '~' lets
# up to three tokens stand between two patterns. One line per token sequence. Among matches of
# one length, the earlier line wins. Czech writes negation as a prefix: negated verb forms are
# listed as triggers and as NEGATION cues.

[triggers]
# --- CONSULT: phone ---
CONSULT PHONE        NOUN     telefonick(ý|ého|ém|ým|á|é|ou|ých|ými) (rozhovor|rozhovoru|rozhovorem|rozhovory|hovor|hovoru|hovorem)
CONSULT PHONE        PAST     (ne)?telefonoval(|a|i|o|y)|(za|ne)?volal(|a|i|o)
CONSULT PHONE        FUTURE   zavolá|zavolají
CONSULT PHONE        NOUN     videohovor*|videokonferenc*|telefon*
# --- CONSULT: talks of any kind ---
CONSULT UNSPECIFIED  PAST     (ne)?hovořil(|a|i|o|y)|(ne)?mluvil(|a|i|y)|(ne)?jednal(|a|i|y)|projednal(|a|i|y)|diskutoval(|a|i|y)|(pro)?mluvil(|a|i)
CONSULT UNSPECIFIED  FUTURE   promluví|prohovoří|projednají|projedná
CONSULT UNSPECIFIED  PRESENT  hovoří|jednají|jedná|mluví|diskutují
CONSULT UNSPECIFIED  INF      jednat|hovořit|mluvit|projednat|promluvit
CONSULT UNSPECIFIED  NOUN     rozhovor(|u|y|ech|em|ů)|jednání(m|ch)?|konzultac(e|í|ích)|diskus(e|í)
# --- CONSULT: in-person meetings ---
CONSULT MEET         PAST     (ne)?setkal(|a|i|o|y)|(ne)?sešel|(ne)?sešla|(ne)?sešli|(ne)?potkal(|a|i)
CONSULT MEET         FUTURE   (ne)?setká|(ne)?setkají|(ne)?sejde|(ne)?sejdou|(ne)?potkají
CONSULT MEET         PRESENT  setkává|setkávají|schází|scházejí
CONSULT MEET         INF      setkat|sejít|potkat
CONSULT MEET         NOUN     setkání(m|ch)?|schůzk(a|y|u|ou|ách|ami)|schůzce
# --- CONSULT: visits ---
CONSULT VISIT        PAST     (ne)?navštívil(|a|i|o)|přiletěl(|a|i)|přijel(|a|i)|přicestoval(|a|i)|odcestoval(|a|i)|zavítal(|a|i)
CONSULT VISIT        FUTURE   (ne)?navštíví|přiletí|přijede|přijedou|odcestuje|zavítá
CONSULT VISIT        PRESENT  navštěvuje|přijíždí|míří|cestuje
CONSULT VISIT        INF      navštívit|přijet|přiletět|cestovat
CONSULT VISIT        NOUN     návštěv(a|y|u|ou|ě|ách|ami)|cest(a|y|u|ou|ě)
# --- CONSULT: summits ---
CONSULT MULTILATERAL NOUN     vrcholn(á|é|ou|ém|ého|ých) (schůzka|schůzky|schůzce|schůzku|setkání)
CONSULT MULTILATERAL NOUN     summit(|u|em|y|ů|ech)|vrchol(|u|em)|mnohostrann*|třístrann*
# --- AGREE ---
AGREE   UNSPECIFIED  PAST     dohodl(|a|i|o|y)|shodl(|a|i|o|y)|souhlasil(|a|i|y)|podepsal(|a|i|o|y)|schválil(|a|i|y)|odsouhlasil(|a|i|y)|domluvil(|a|i|y)
AGREE   UNSPECIFIED  FUTURE   dohodnou|dohodne|podepíší|podepíšou|podepíše|shodnou
AGREE   UNSPECIFIED  INF      dohodnout|podepsat|shodnout
AGREE   UNSPECIFIED  NOUN     dohod(a|y|u|ou|ě)|smlouv(a|y|u|ou|ě)|souhlas(|u)
# --- REQUEST ---
REQUEST UNSPECIFIED  PAST     vyzval(|a|i|y)|požadoval(|a|i|y)|požádal(|a|i|y)|apeloval(|a|i)
REQUEST UNSPECIFIED  PRESENT  vyzývá|vyzývají|požaduje|požadují|žádá|žádají
REQUEST UNSPECIFIED  NOUN     výzv(a|u|y|ou)|požadav(ek|ky|ku|kem)|žádost(|i)
# --- REJECT ---
REJECT  UNSPECIFIED  PAST     odmítl(|a|i|y)|zamítl(|a|i|y)|vetoval(|a|i)
REJECT  UNSPECIFIED  PRESENT  odmítá|odmítají|zamítá
REJECT  UNSPECIFIED  NOUN     odmítnutí|odmítání|veto
# --- SANCTION ---
SANCTION UNSPECIFIED PAST     uvalil(|a|i|y)|vyhostil(|a|i|y)|zmrazil(|a|i|y)
SANCTION UNSPECIFIED NOUN     sankc(e|í|ích|emi|ím)|embarg(o|a|em)
# --- ACCUSE ---
ACCUSE  UNSPECIFIED  PAST     obvinil(|a|i|y)|odsoudil(|a|i|y)|kritizoval(|a|i|y)|obvinili
ACCUSE  UNSPECIFIED  PRESENT  obviňuje|obviňují|kritizuje|kritizují
ACCUSE  UNSPECIFIED  NOUN     obvinění|kritik(a|y|u|ou)
# --- THREATEN ---
THREATEN UNSPECIFIED PAST     pohrozil(|a|i|y)|vyhrožoval(|a|i|y)|hrozil(|a|i|y)|varoval(|a|i|y)
THREATEN UNSPECIFIED PRESENT  hrozí|vyhrožuje|varuje|varují
THREATEN UNSPECIFIED NOUN     hrozb(a|y|u|ou)|ultimát(um)?|varování
# --- SUPPORT ---
SUPPORT UNSPECIFIED  PAST     podpořil(|a|i|y)|ocenil(|a|i|y)|uvítal(|a|i|y)
SUPPORT UNSPECIFIED  PRESENT  podporuje|podporují
SUPPORT UNSPECIFIED  NOUN     podpor(a|y|u|ou)
# --- COOPERATE ---
COOPERATE UNSPECIFIED PAST    spolupracoval(|a|i|y)
COOPERATE UNSPECIFIED PRESENT spolupracují|spolupracuje
COOPERATE UNSPECIFIED INF     spolupracovat

[cues]
NEGATION        ne|nikdy|ani
NEGATION        ne(setk|sejd|sešl|sešel|potk|navštív|telefonov|volal|hovoř|mluv|jedn)*
MODAL           může|mohou|mohl|mohla|mohli|možná|pravděpodobně|asi|snad|nejspíš|by|mohlo
CONDITIONAL     pokud|jestliže|kdyby|jestli
FUTURE          bude|budou|budeme|uskuteční|proběhne|plánovan*|naplánovan*|chystan*|příští|nadcházející|brzy|nejbližší*
FUTURE          očekává se
INTENT          dohodl(|a|i|y)|shodl(|a|i|y)|plánuje|plánují|hodlá|hodlají|chce|chtějí|připraven*|ohlásil*|oznámil*|rozhodl(|a|i|y)|má|mají|domluvil(|a|i|y)
PAST            uskutečnil(a|o|y|i)|proběhl(|a|o|y|i)|konal(|a|o|y|i)|byl|byla|bylo|byli|byly|minulý|minulou|minulé
ONGOING         právě|nyní|probíhá|probíhají|pokračuje|pokračují
ONGOING         v současnosti
CANCEL          zrušen*|zrušil*|odložen*|odložil*|přeložen*|odvolán*
DENY            popřel(|a|i)|popírá|popírají|vyvrátil*|dementoval*
REPORTING       řekl(|a|i)|uvedl(|a|i)|oznámil(|a|i)|sdělil(|a|i)|dodal(|a|i)|prohlásil(|a|i)|podle|uvádí|informoval(|a|i)|potvrdil(|a|i)|napsal(|a|i)|zdůraznil(|a|i)|citoval*|píše
SPOKESPERSON    mluvčí|mluvčího|mluvčím
SPOKESPERSON    tiskov(á|é|ou) služb(a|y|ě|u)
ROLE_HEAD_OF_STATE    prezident(|a|u|em|ovi|i|ů|ové)|lídr(|a|u|em|ovi|i|ů)|vůdc(e|i|em|ů|ové)|diktátor(|a|em|ovi)|předsed(a|y|ou|ovi)
ROLE_HEAD_OF_STATE    hlav(a|y|u|ou|ě) stát(u|ů)
ROLE_HEAD_OF_GOVERNMENT premiér(|a|u|em|ovi|ka|ky)|kancléř(|e|em|i|ka|ky)
ROLE_HEAD_OF_GOVERNMENT předsed(a|y|ou|ovi) vlády
ROLE_FOREIGN_MINISTER ministr(|a|em|ovi) zahraničí
ROLE_FOREIGN_MINISTER šéf(|a|em|ovi) diplomacie
ROLE_COUNTERPART      protějš(ek|ku|kem|ky|kovi)|kolega|kolegou|kolegy
PLURAL_ANAPHOR  oba|obě|obou|oběma|strany|stran|spolu
LOCATIVE        v|ve|na
DIRECTIONAL     do|na|k|ke
FUNCTION        se|s|a|i|také|rovněž|již|už|ještě|oficiálně|osobně|dnes|včera|zítra|znovu|opět|jeho|její|jejich|svým|svou|u|dvoustrann*|pracovn*|oficiáln*|si|se|svého|svou|svým
CLAUSE_BREAK    že|který|která|které|kteří|kdy|kde|zatímco|protože|ačkoli|ale|však|aby
FRAME           během|průběhu|při
AFTER           po|poté
PAST_VERB       *(al|ala|alo|ali|aly|il|ila|ilo|ili|ily|el|ela|eli|ěl|ěla|ěli|ul|ula|uli|la|li|ly)
FUTURE_VERB     bude|budou|budeme|uskuteční|proběhne
# Subordinate clauses (their triggers are rarely the sentence's main event) and determiners (a participle after one is an adjective).
SUBORDINATE     pokud|jestliže|kdyby|když|protože|ačkoli|ačkoliv|přestože|zatímco|než|dokud|který|která|které|kteří|kterého|které|kterém|kterým|kterých|jenž|jež|kde|kdy
DETERMINER      ten|ta|ti|ty|toho|té|tomu|tím|těch|svůj|svá|své|svého|svých

[triggers]
# --- Material cooperation and conflict (PLOVER): aid, protest, force, concessions, withdrawal ---
AID     UNSPECIFIED  PAST     poskytl(|a|i|y|o)|daroval(|a|i|y)|poslal(|a|i|y)|věnoval(|a|i|y)|udělil(|a|i|y)
AID     UNSPECIFIED  FUTURE   poskytne|poskytnou|pošle|pošlou|daruje|darují
AID     UNSPECIFIED  INF      poskytnout|poslat|darovat
AID     UNSPECIFIED  NOUN     půjčk(a|y|u|ou)|azyl(|u)
# 'help' alone is too general ('bez pomocy', 'с помощью'): aid is named by its kind.
AID     UNSPECIFIED  NOUN     (humanitární*|vojensk*|finanční*|hospodářsk*|materiální*|potravinov*) pomoc(|i)
AID     UNSPECIFIED  NOUN     pomoc(|i) (humanitární*|vojensk*|finanční*|hospodářsk*|materiální*|potravinov*)
PROTEST UNSPECIFIED  PAST     protestoval(|a|i|y)|demonstroval(|a|i|y)|stávkoval(|a|i|y)
PROTEST UNSPECIFIED  PRESENT  protestuje|protestují|demonstruje|demonstrují|stávkuje|stávkují
PROTEST UNSPECIFIED  NOUN     protest(|y|u|ů|ech)|demonstrac(e|í|i)|stávk(a|y|u|ou)|nepokoj(e|ů|ích)|demonstrant(i|ů)
ASSAULT UNSPECIFIED  PAST     zaútočil(|a|i|y)|zabil(|a|i|y)|ostřeloval(|a|i|y)|ostřelovali|bombardoval(|a|i|y)|sestřelil(|a|i|y)|napadl(|a|i|y)|vtrhl(|a|i|y)
ASSAULT UNSPECIFIED  PRESENT  útočí|ostřeluje|ostřelují|bombarduje|bombardují
ASSAULT UNSPECIFIED  NOUN     útok(|u|y|ů)|útoc(e|ích)|ostřelování|bombardování|atentát(|u)|invaz(e|i)|nálet(|y|u|ů)|střet(|y|u|ů)
COERCE  UNSPECIFIED  PAST     zatkl(|a|i|y)|zadržel(|a|i|y)|deportoval(|a|i|y)|uvěznil(|a|i|y)|unesl(|a|i|y)|zabavil(|a|i|y)|zakázal(|a|i|y)|rozehnal(|a|i|y)
COERCE  UNSPECIFIED  NOUN     zatčení|represe
COERCE  UNSPECIFIED  NOUN     zákaz(|u) vycházení
COERCE  UNSPECIFIED  NOUN     výjimečn(ý|ého|ém) stav(|u)
RETREAT UNSPECIFIED  PAST     stáhl(|a|i|y)|propustil(|a|i|y)|osvobodil(|a|i|y)|evakuoval(|a|i|y)|rezignoval(|a|i|y)|odstoupil(|a|i|y)
RETREAT UNSPECIFIED  FUTURE   stáhne|stáhnou|propustí|evakuuje|evakuují|odstoupí
RETREAT UNSPECIFIED  INF      stáhnout|propustit|evakuovat|odstoupit
RETREAT UNSPECIFIED  NOUN     stažení|rezignac(e|i)|příměří
CONCEDE UNSPECIFIED  PAST     (zrušil(|a|i|y)|zmírnil(|a|i|y)|uvolnil(|a|i|y)) ~ (sankc*|omezení|zákaz*|embarg*|restrikc*|stav*|opatření)
CONCEDE UNSPECIFIED  INF      (zrušit|zmírnit|uvolnit) ~ (sankc*|omezení|zákaz*|embarg*|restrikc*|stav*|opatření)
CONCEDE UNSPECIFIED  PAST     ustoupil(|a|i|y)|povolil(|a|i|y)|dovolil(|a|i|y)
CONCEDE UNSPECIFIED  PAST     vyhověl(|a|i|y) ~ požadavk*
MOBILIZE UNSPECIFIED PAST     mobilizoval(|a|i|y)|rozmístil(|a|i|y)
MOBILIZE UNSPECIFIED NOUN     mobilizac(e|i)|rozmístění
SANCTION UNSPECIFIED PAST     pozastavil(|a|i|y)
SANCTION UNSPECIFIED FUTURE   uvalí|zmrazí|vyhostí|pozastaví
SANCTION UNSPECIFIED PAST     (zastavil(|a|i|y)|přerušil(|a|i|y)) ~ (pomoc|dodávk*|financování|rozhovor*|vztahy|styky)
ACCUSE  UNSPECIFIED  PAST     zažaloval(|a|i|y)|žaloval(|a|i|y)|stěžoval(|a|i|y)
ACCUSE  UNSPECIFIED  PAST     podal(|a|i|y) ~ (stížnost|žalob*|protest)
ACCUSE  UNSPECIFIED  NOUN     stížnost(|i)|žalob(a|u|y)
COOPERATE UNSPECIFIED PAST    (sdílel(|a|i|y)|vyměnil(|a|i|y)) ~ (informac*|údaj*|zkušenost*)
COOPERATE UNSPECIFIED NOUN    extradic(e|i)
COOPERATE UNSPECIFIED NOUN    společn(á|é|ých) cvičení
SUPPORT UNSPECIFIED  PAST     omluvil(|a|i|y)|odpustil(|a|i|y)
SUPPORT UNSPECIFIED  PAST     (navázal(|a|i|y)|obnovil(|a|i|y)) ~ (vztahy|styky)
CONSULT UNSPECIFIED  NOUN     zprostředkování|mediac(e|i)
