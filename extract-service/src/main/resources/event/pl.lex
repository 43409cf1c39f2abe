# Kronika event lexicon: Polish.
# Token patterns are lower-case regular expressions, one per token; '*' is any letters (an
# inflection ending); '~' lets up to three tokens stand between two patterns. Among matches of
# one length, the earlier line wins, so specific forms come before generic ones.

[triggers]
# --- CONSULT: phone ---
CONSULT PHONE        NOUN     rozmow(a|y|ie|ę|ą|ach|ami|om) telefoniczn*
CONSULT PHONE        NOUN     rozmów telefonicznych
CONSULT PHONE        NOUN     wideorozmow*|wideokonferencj*|telekonferencj*
CONSULT PHONE        PAST     zadzwoni(ł|ła|li|ły)|dzwoni(ł|ła|li|ły)|telefonowa(ł|ła|li|ły)
CONSULT PHONE        FUTURE   zadzwoni|zadzwonią
CONSULT PHONE        NOUN     telefoniczn*|telefon(|u|ie|em|y|ów)
# --- CONSULT: talks of any kind ---
CONSULT UNSPECIFIED  PAST     rozmawia(ł|ła|li|ły|łem|łam|liśmy)|porozmawia(ł|ła|li|ły)
CONSULT UNSPECIFIED  PAST     omówi(ł|ła|li|ły|ło)|omawia(ł|ła|li|ły)|dyskutowa(ł|ła|li|ły)|negocjowa(ł|ła|li|ły)|konsultowa(ł|ła|li|ły)
CONSULT UNSPECIFIED  FUTURE   porozmawia(|ją|my)|omówi(|ą|my)|przedyskutuj(e|ą)
CONSULT UNSPECIFIED  PRESENT  rozmawia(|ją|my)|omawia(|ją)|dyskutuj(e|ą)|negocjuj(e|ą)
CONSULT UNSPECIFIED  INF      rozmawiać|porozmawiać|omówić|omawiać|dyskutować|negocjować
CONSULT UNSPECIFIED  NOUN     rozmow(a|y|ie|ę|ą|ach|ami|om)|rozmów|negocjacj(e|i|ach|ami)|konsultacj(e|i|ach|ami)|dyskusj(a|i|ę|ą)
# --- CONSULT: in-person meetings ---
CONSULT MEET         PAST     spotka(ł|ła|ło|li|ły|łem|łam|liśmy)|spotyka(ł|ła|li|ły)
CONSULT MEET         PAST     widzie(li|ły|liśmy) się
CONSULT MEET         PAST     zobaczy(li|ły) się
CONSULT MEET         FUTURE   spotka(|ją|my|cie)
CONSULT MEET         PRESENT  spotyka(|ją|my)
CONSULT MEET         INF      spotkać|spotykać
CONSULT MEET         NOUN     spotka(nie|nia|niu|niem|ń|niach|niami|niom)
CONSULT MEET         NOUN     śniadani(e|a|u|em)|kolacj(a|i|ę|ą)
CONSULT MEET         NOUN     rozmow(y|ach|ami) w cztery oczy
# --- CONSULT: visits ---
CONSULT VISIT        PAST     odwiedzi(ł|ła|li|ły)|odwiedza(ł|ła|li|ły)|przyby(ł|ła|li|ły)|przyjecha(ł|ła|li|ły)|przylecia(ł|ła|li|ły)|pojecha(ł|ła|li|ły)|polecia(ł|ła|li|ły)
CONSULT VISIT        FUTURE   odwiedzi(|ą|my)|przybędzie|przybędą|przyjedzie|przyjadą|przyleci|przylecą|pojedzie|pojadą|poleci|polecą
CONSULT VISIT        PRESENT  odwiedza(|ją)|przybywa(|ją)|przyjeżdża(|ją)|udaje|jedzie|leci
CONSULT VISIT        INF      odwiedzić|odwiedzać|przyjechać|przylecieć|pojechać|polecieć
CONSULT VISIT        NOUN     wizyt(a|y|ę|ą|ach|ami|om)|wizycie|odwiedzin(y|ach|ami)|wyjazd(|u|em)|wyjeździe|wylot(|u|em)|wylocie|podróż(|y|ą)
# --- CONSULT: summits and multilateral meetings ---
CONSULT MULTILATERAL NOUN     szczyt(|u|em|y|ów|ach|ami)|szczycie|wielostronn*|trójstronn*|czterostronn*|forum
# --- AGREE ---
AGREE   UNSPECIFIED  PAST     zgodzi(ł|ła|li|ły)|uzgodni(ł|ła|li|ły)|uzgodniono|ustali(ł|ła|li|ły)|ustalono|umówi(ł|ła|li|ły)|porozumia(ł|ła|li|ły)|dogada(ł|ła|li|ły)
AGREE   UNSPECIFIED  PAST     podpisa(ł|ła|li|ły|no)|zaakceptowa(ł|ła|li|ły)|zatwierdzi(ł|ła|li|ły)|przysta(ł|ła|li|ły)
AGREE   UNSPECIFIED  FUTURE   zgodzi|zgodzą|uzgodni|uzgodnią|dogada|dogadają|podpisze|podpiszą|porozumieją|zaakceptuje|zaakceptują
AGREE   UNSPECIFIED  INF      zgodzić|uzgodnić|podpisać|porozumieć|dogadać
AGREE   UNSPECIFIED  NOUN     porozumieni(e|a|u|em)|umow(a|y|ę|ie|ą)|umów|zgod(a|y|ę|ą|zie)|zgodę
# --- REQUEST ---
REQUEST UNSPECIFIED  PAST     zaapelowa(ł|ła|li|ły)|zażąda(ł|ła|li|ły)|domaga(ł|ła|li|ły)|wezwa(ł|ła|li|ły)|poprosi(ł|ła|li|ły)|wzywa(ł|ła|li|ły)|apelowa(ł|ła|li|ły)
REQUEST UNSPECIFIED  PRESENT  apeluj(e|ą)|wzywa(|ją)|żąda(|ją)|domaga(|ją)|prosi|proszą
REQUEST UNSPECIFIED  NOUN     apel(|u)|żądani(e|a|em)|wezwani(e|a|em)|prośb(a|ę|y|ą|ie)
# --- REJECT ---
REJECT  UNSPECIFIED  PAST     odrzuci(ł|ła|li|ły|ło)|odmówi(ł|ła|li|ły)|sprzeciwi(ł|ła|li|ły)|zawetowa(ł|ła|li|ły)|zbojkotowa(ł|ła|li|ły)
REJECT  UNSPECIFIED  PRESENT  odrzuca(|ją)|sprzeciwia(|ją)|odmawia(|ją)
REJECT  UNSPECIFIED  FUTURE   odrzuci|odrzucą|odmówi|odmówią
REJECT  UNSPECIFIED  NOUN     odmow(a|y|ę)|weto|bojkot(|u)
# --- SANCTION ---
SANCTION UNSPECIFIED PAST     nałoży(ł|ła|li|ły|ło)|wydali(ł|ła|li|ły)|zamrozi(ł|ła|li|ły)|zerwa(ł|ła|li|ły)
SANCTION UNSPECIFIED FUTURE   nałoży|nałożą
SANCTION UNSPECIFIED NOUN     sankcj(e|i|ami|om|ach)|embarg(o|a|um)
# --- ACCUSE ---
ACCUSE  UNSPECIFIED  PAST     oskarży(ł|ła|li|ły)|zarzuci(ł|ła|li|ły)|obwini(ł|ła|li|ły)|potępi(ł|ła|li|ły)|skrytykowa(ł|ła|li|ły)|krytykowa(ł|ła|li|ły)
ACCUSE  UNSPECIFIED  PRESENT  oskarża(|ją)|zarzuca(|ją)|obwinia(|ją)|potępia(|ją)|krytykuj(e|ą)
ACCUSE  UNSPECIFIED  NOUN     oskarżeni(e|a|ami)|zarzut(|y|ów|ami)|krytyk(a|i|ę|ą)
# --- THREATEN ---
THREATEN UNSPECIFIED PAST     zagrozi(ł|ła|li|ły)|grozi(ł|ła|li|ły)|ostrzeg(ł|ła|li|ły)|ostrzega(ł|ła|li|ły)
THREATEN UNSPECIFIED PRESENT  grozi|grożą|ostrzega(|ją)
THREATEN UNSPECIFIED NOUN     groźb(a|y|ę|ą|ie)|ultimatum|ostrzeżeni(e|a|em)
# --- SUPPORT ---
SUPPORT UNSPECIFIED  PAST     popar(ł|ła|li|ły)|wspar(ł|ła|li|ły)|popiera(ł|ła|li|ły)|wspiera(ł|ła|li|ły)|pochwali(ł|ła|li|ły)
SUPPORT UNSPECIFIED  PRESENT  popiera(|ją)|wspiera(|ją)
SUPPORT UNSPECIFIED  FUTURE   poprze|poprą|wesprze|wesprą
SUPPORT UNSPECIFIED  NOUN     poparci(e|a|u|em)|wsparci(e|a|u|em)
# --- COOPERATE (verbs only: the noun "współpraca" mostly names a topic) ---
COOPERATE UNSPECIFIED PAST    współpracowa(ł|ła|li|ły)
COOPERATE UNSPECIFIED PAST    połączy(li|ły) siły
COOPERATE UNSPECIFIED PRESENT współpracuj(e|ą|emy)
COOPERATE UNSPECIFIED INF     współpracować

[cues]
NEGATION        nie|ani|nigdy
MODAL           może|mogą|mógłby|mogłaby|mogliby|mogłyby|mogłoby|mogło|prawdopodobnie|ewentualn*|możliwe|niewykluczone
MODAL           być może
CONDITIONAL     jeśli|jeżeli|gdyby
CONDITIONAL     o ile
FUTURE          będzie|będą|będziemy|zostanie|zostaną|planowan*|zaplanowan*|zapowiedzian*|przewidzian*|najbliższ*|przyszł*|nadchodząc*|wkrótce
FUTURE          odbędzie|odbędą
INTENT          zgodzi(ł|ła|li|ły)|zgodzą|uzgodni*|umówi*|postanowi*|zamierza*|planuj*|chce|chcą|gotow*|gotowość|zapowiedzia(ł|ła|li|ły)|mają|ma|oczekuje
PAST            odby(ł|ła|ło|li|ły)|zakończy(ł|ła|ło|li|ły)|przeprowadzi(ł|ła|li|ły|ło)|był|była|było|byli|były|doszło
ONGOING         trwa|trwają|właśnie|obecnie|aktualnie
CANCEL          odwoła(ł|ła|li|ły|no)|odwołan*|przełożon*|przełoży(ł|li|ło|ła)|anulowa*|zerwan*|odwołuj*
DENY            zaprzeczy(ł|ła|li|ły)|zaprzecza(|ją)|zdementowa(ł|ła|li|ły)|dementuj(e|ą)|dementi
REPORTING       powiedzia(ł|ła|li|ły)|poinformowa(ł|ła|li|ły|ło)|przekaza(ł|ła|li|ły)|doda(ł|ła|li|ły)|stwierdzi(ł|ła|li|ły)|oświadczy(ł|ła|li|ły)|oceni(ł|ła|li|ły)
REPORTING       podkreśli(ł|ła|li|ły)|zaznaczy(ł|ła|li|ły)|mówi(ł|ła|li|ły)|uważa|twierdzi|napisa(ł|ła|li|ły)|ogłosi(ł|ła|li|ły)|wskaza(ł|ła|li|ły)|cytowan*|według|potwierdzi(ł|ła|li|ły)|relacjonowa(ł|ła)
SPOKESPERSON    rzeczni(k|ka|kiem|kowi|ku|cy|czka|czki)
SPOKESPERSON    biur(o|a|ze) prasow*
SPOKESPERSON    sekretarz(|a) prasow*
FRAME           podczas|trakcie|czasie|w|we
ROLE_HEAD_OF_STATE    prezyden(t|ta|towi|tem|cie|ci|tów|towie)|przywódc(a|y|ę|ą|ów|om|ami|o)|lider(|a|em|owi|ze|zy|ów)|dyktator(|a|em|owi|ze|zy|ów|rzy)
ROLE_HEAD_OF_STATE    głow(a|y|ę|ą|ie) państw(a)?
ROLE_HEAD_OF_STATE    szef(|a|owie|ów|em|owi|ami) państw(a)?
ROLE_HEAD_OF_GOVERNMENT premier(|a|em|owi|ze|zy)|kanclerz(|a|em|owi|e)
ROLE_HEAD_OF_GOVERNMENT szef(|a|em|owi) rządu
ROLE_FOREIGN_MINISTER minist(er|ra|rem|rowi|rze) spraw zagranicznych
ROLE_FOREIGN_MINISTER szef(|a|em|owi) (dyplomacji|msz)
ROLE_COUNTERPART      odpowiedni(k|ka|kiem|kowi|ku|cy|ków)|odpowiedniczk(a|i|ą)
PLURAL_ANAPHOR  obaj|obu|obie|obydwaj|obydwu|obydwie|dwaj|dwóch|obydwoje|oboje
PLURAL_ANAPHOR  obie strony
LOCATIVE        w|we|na
DIRECTIONAL     do|na
FUNCTION        się|z|ze|i|oraz|a|już|też|także|również|jeszcze|tam|jego|jej|ich|swoim|swym|o|u|przez|dziś|dzisiaj|wczoraj|jutro|ponownie|wkrótce|osobiście|osobist*|oficjalnie|oficjaln*|prywatn*|robocz*|bilateraln*|dwustronn*|dopiero|mieli|miał|miała|ma|mają|kolejn*|pierwsz*|drug*
CLAUSE_BREAK    , a
CLAUSE_BREAK    że|który|która|które|którzy|którego|której|którym|gdy|kiedy|ponieważ|bo|choć|chociaż|jednak|ale|lecz
AFTER           po
PAST_VERB       *(ał|ała|ało|ali|ały|ił|iła|iło|ili|iły|ył|yła|yło|yli|yły|ął|ęła|ęli|ęły|eł|ół)
FUTURE_VERB     będzie|będą|będziemy|odbędzie|odbędą|zostanie|zostaną|zaprosi*|zaproszeni*
# Subordinate clauses (their triggers are rarely the sentence's main event) and determiners (a participle after one is an adjective).
SUBORDINATE     jeśli|jeżeli|gdyby|gdy|kiedy|ponieważ|bo|choć|chociaż|zanim|dopóki|który|która|które|którzy|którego|której|którym|których|którymi|gdzie|mimo|pomimo
DETERMINER      ten|ta|ci|te|tego|tej|temu|tym|tych|swój|swoja|swoje|swojego|swojej|swoich

[triggers]
# --- Material cooperation and conflict (PLOVER): aid, protest, force, concessions, withdrawal ---
AID     UNSPECIFIED  PAST     przekaza(ł|ła|li|ły|no) ~ (pomoc|broń|sprzęt|środki|pieniądze|dary|żywność|leki)
AID     UNSPECIFIED  PAST     dostarczy(ł|ła|li|ły|ło)|wysła(ł|ła|li|ły|no)|udzieli(ł|ła|li|ły|ło)|przeznaczy(ł|ła|li|ły|ło)
AID     UNSPECIFIED  FUTURE   dostarczy|dostarczą|wyśle|wyślą|udzieli|udzielą
AID     UNSPECIFIED  INF      dostarczyć|wysłać|udzielić
AID     UNSPECIFIED  NOUN     pożyczk(a|i|ę|ą)|azyl(|u)
# 'help' alone is too general ('bez pomocy', 'с помощью'): aid is named by its kind.
AID     UNSPECIFIED  NOUN     (humanitarn*|wojskow*|finansow*|gospodarcz*|materialn*|żywnościow*) pomoc(|y|ą)
AID     UNSPECIFIED  NOUN     pomoc(|y|ą) (humanitarn*|wojskow*|finansow*|gospodarcz*|materialn*|żywnościow*)
PROTEST UNSPECIFIED  PAST     protestowa(ł|ła|li|ły)|demonstrowa(ł|ła|li|ły)|strajkowa(ł|ła|li|ły)|manifestowa(ł|ła|li|ły)
PROTEST UNSPECIFIED  PRESENT  protestuj(e|ą)|demonstruj(e|ą)|strajkuj(e|ą)
PROTEST UNSPECIFIED  NOUN     protest(|y|u|ów|ach|ami)|demonstracj(a|e|i|ę|ą)|manifestacj(a|e|i|ę|ą)|strajk(|u|i|ów)|zamieszki|zamieszek|demonstranci|demonstrantów
ASSAULT UNSPECIFIED  PAST     zaatakowa(ł|ła|li|ły|no)|zabi(ł|ła|li|ły|to)|ostrzela(ł|ła|li|ły|no)|zbombardowa(ł|ła|li|ły|no)|zestrzeli(ł|ła|li|ły)|najecha(ł|ła|li|ły)
ASSAULT UNSPECIFIED  PRESENT  atakuj(e|ą)|ostrzeliwuj(e|ą)|bombarduj(e|ą)
ASSAULT UNSPECIFIED  NOUN     atak(|u|i|ów)|ostrzał(|u)|bombardowani(e|a)|zamach(|u)|inwazj(a|i|ę)|nalot(|y|u|ów)|starci(e|a)
COERCE  UNSPECIFIED  PAST     aresztowa(ł|ła|li|ły|no)|zatrzyma(li|ły|no)|deportowa(ł|ła|li|ły|no)|uwięzi(ł|ła|li|ły)|porwa(ł|ła|li|ły)|skonfiskowa(ł|ła|li|ły|no)|zdelegalizowa(ł|ła|li|ły)|rozpędzi(ł|ła|li|ły)
COERCE  UNSPECIFIED  NOUN     aresztowani(e|a)|represj(e|i|ami)
COERCE  UNSPECIFIED  NOUN     godzin(a|ę|y) policyjn(a|ą|ej)
COERCE  UNSPECIFIED  NOUN     stan(|u) wyjątkow(y|ego)
RETREAT UNSPECIFIED  PAST     wycofa(ł|ła|li|ły|ło)|uwolni(ł|ła|li|ły|ono)|ewakuowa(ł|ła|li|ły|no)|zrezygnowa(ł|ła|li|ły)
RETREAT UNSPECIFIED  PAST     poda(ł|ła|li|ły) się do dymisji
RETREAT UNSPECIFIED  FUTURE   wycofa|wycofają|uwolni|uwolnią|ewakuuje|ewakuują
RETREAT UNSPECIFIED  INF      wycofać|uwolnić|ewakuować
RETREAT UNSPECIFIED  NOUN     wycofani(e|a|u)|dymisj(a|i|ę)|rozejm(|u)
RETREAT UNSPECIFIED  NOUN     zawieszeni(e|a|u) broni
CONCEDE UNSPECIFIED  PAST     (znieśli|zniósł|zniosła|złagodzi(ł|ła|li|ły)|uchyli(ł|ła|li|ły)|odwoła(ł|ła|li|ły)) ~ (sankcj*|ograniczeni*|zakaz*|godzin*|embarg*|restrykcj*|stan*)
CONCEDE UNSPECIFIED  INF      (znieść|złagodzić|uchylić) ~ (sankcj*|ograniczeni*|zakaz*|godzin*|embarg*|restrykcj*|stan*)
CONCEDE UNSPECIFIED  PAST     ustąpi(ł|ła|li|ły)|pozwoli(ł|ła|li|ły)|zezwoli(ł|ła|li|ły)
CONCEDE UNSPECIFIED  PAST     spełni(ł|ła|li|ły) ~ żądani*
MOBILIZE UNSPECIFIED PAST     zmobilizowa(ł|ła|li|ły)|rozmieści(ł|ła|li|ły)
MOBILIZE UNSPECIFIED NOUN     mobilizacj(a|i|ę)|rozmieszczeni(e|a|u)
SANCTION UNSPECIFIED PAST     zakaza(ł|ła|li|ły|no)|wydali(ł|ła|li|ły)|zawiesi(ł|ła|li|ły)
SANCTION UNSPECIFIED PAST     wstrzyma(ł|ła|li|ły) ~ (pomoc|dostaw*|finansowani*|rozmow*)
SANCTION UNSPECIFIED PAST     zerwa(ł|ła|li|ły) ~ (stosunki|relacje|kontakty)
ACCUSE  UNSPECIFIED  PAST     zaskarży(ł|ła|li|ły)|pozwa(ł|ła|li|ły)|zaprotestowa(ł|ła|li|ły)
ACCUSE  UNSPECIFIED  PAST     złoży(ł|ła|li|ły) ~ (skarg*|protest*)
ACCUSE  UNSPECIFIED  NOUN     skarg(a|i|ę)
COOPERATE UNSPECIFIED PAST    ekstradowa(ł|ła|li|ły)
COOPERATE UNSPECIFIED PAST    (wymieni(ł|ła|li|ły)|dzieli(ł|ła|li|ły)|podzieli(ł|ła|li|ły)) się ~ (informacj*|dan*|wiedz*|doświadczeni*)
COOPERATE UNSPECIFIED NOUN    ekstradycj(a|i|ę)
COOPERATE UNSPECIFIED NOUN    wspóln(e|ych) ćwiczeni(a|ach)
SUPPORT UNSPECIFIED  PAST     przeprosi(ł|ła|li|ły)|wybaczy(ł|ła|li|ły)
SUPPORT UNSPECIFIED  PAST     (nawiąza(ł|ła|li|ły)|przywróci(ł|ła|li|ły)) ~ (stosunki|relacje)
CONSULT UNSPECIFIED  NOUN     mediacj(a|i|ę|ami)
CONSULT UNSPECIFIED  PAST     pośredniczy(ł|ła|li|ły)
