# Kronika event lexicon: Bulgarian.
# Token patterns are lower-case regular expressions, one per token; '*' is any letters; '~' lets
# up to three tokens stand between two patterns. One line per token sequence. Among matches of
# one length, the earlier line wins. Aorist forms that double as perfective present ("посети")
# are marked PAST: a preceding "ще" turns them into a plan.

[triggers]
# --- CONSULT: phone ---
CONSULT PHONE        NOUN     телефонн?(ен|ия|ият|ни|ните|но|ото|на|ата) (разговор|разговора|разговорът|разговори|разговорите)
CONSULT PHONE        NOUN     (разговор|разговора|разговорът|разговори|разговорите) по телефона
CONSULT PHONE        NOUN     видеоразговор*|видеоконферен*|видеовръзка
CONSULT PHONE        PAST     обади(л|ла|ли|ха|х)?
CONSULT PHONE        NOUN     обаждане|обаждането|обаждания|обажданията|телефон*
# --- CONSULT: talks of any kind ---
CONSULT UNSPECIFIED  PAST     разговаря(ха|л|ла|ли)|говори(ха|л|ла|ли)?|обсъди(ха|л|ла|ли)?|обсъждаха|дискутира(ха|ли)|преговаря(ха|ли)
CONSULT UNSPECIFIED  PRESENT  разговаря(т|ме)?|говорят|обсъжда(т|ме)?|обсъдят|преговарят
CONSULT UNSPECIFIED  NOUN     разговор(|а|ът|и|ите)|преговори(те)?|дискуси(я|ята|и|ите)|консултаци(я|и|ите)
# --- CONSULT: in-person meetings ---
CONSULT MEET         PAST     срещна(ха|л|ла|ли)|срещаха|видяха
CONSULT MEET         PRESENT  срещнат|срещна|срещат|срещнем
CONSULT MEET         NOUN     среща(та)?|срещи(те)?
# --- CONSULT: visits ---
CONSULT VISIT        PAST     посети(ха|л|ла|ли)?|пристигна(ха|л|ла|ли)?|замина(ха|л|ла|ли)?|отлетя(ха|л|ли)?|отиде|отидоха
CONSULT VISIT        PRESENT  посетят|пристигнат|посещава(т)?|пристига(т)?|заминава
CONSULT VISIT        NOUN     посещени(е|ето|я|ята)|визит(а|ата|и|ите)|пътуване(то)?|обиколка(та)?
# --- CONSULT: summits ---
CONSULT MULTILATERAL NOUN     (среща|срещата|срещи|срещите) на върха
CONSULT MULTILATERAL NOUN     самит(|а|ът|и|ите)|форум(|а|ът)|многостранн*|тристранн*
# --- AGREE ---
AGREE   UNSPECIFIED  PAST     договори(ха|л|ли)|съгласи(ха|л|ли)|разбра(ха|л|ли)|разбрали|постигна(ха|л|ли)|подписа(ха|л|ли)?|одобри(ха|л|ли)?|уговори(ха|ли)
AGREE   UNSPECIFIED  PRESENT  договорят|съгласят|подпишат|съгласява(т)?
AGREE   UNSPECIFIED  NOUN     споразумени(е|ето|я|ята)|съгласие(то)?|договор(|а|ът|и)|договорк(а|ата|и)|сделка(та)?
# --- REQUEST ---
REQUEST UNSPECIFIED  PAST     призова(ха|л|ли)?|поиска(ха|л|ли)?|настоя(ха|л|ли)?|помоли(ха|л|ли)?
REQUEST UNSPECIFIED  PRESENT  призовава(т)?|настоява(т)?|изисква(т)?
REQUEST UNSPECIFIED  NOUN     искане(то)?|искания(та)?|призив(а|ът|и)?|молба(та)?
# --- REJECT ---
REJECT  UNSPECIFIED  PAST     отхвърли(ха|л|ли)?|отказа(ха|л|ли)?|отклони(ха|л|ли)?
REJECT  UNSPECIFIED  PAST     наложи(ха)? вето
REJECT  UNSPECIFIED  PRESENT  отхвърля(т)?|отказва(т)?
REJECT  UNSPECIFIED  NOUN     отказ(а|ът)?|вето(то)?
# --- SANCTION ---
SANCTION UNSPECIFIED PAST     наложи(ха|л|ли)?|експулсира(ха|л|ли)?|замрази(ха|л|ли)?
SANCTION UNSPECIFIED NOUN     санкци(я|ята|и|ите)|ембарго(то)?
# --- ACCUSE ---
ACCUSE  UNSPECIFIED  PAST     обвини(ха|л|ли)?|осъди(ха|л|ли)?|критикува(ха|л|ли)?|упрекна(ха|л|ли)?
ACCUSE  UNSPECIFIED  PRESENT  обвинява(т)?|критикуват
ACCUSE  UNSPECIFIED  NOUN     обвинени(е|ето|я|ята)|критик(а|ата|и)
# --- THREATEN ---
THREATEN UNSPECIFIED PAST     заплаши(ха|л|ли)?|предупреди(ха|л|ли)?|пригрози(ха|л|ли)?
THREATEN UNSPECIFIED PRESENT  заплашва(т)?|предупреждава(т)?
THREATEN UNSPECIFIED NOUN     заплах(а|ата|и|ите)|ултиматум(а|ът)?|предупреждени(е|ето|я)
# --- SUPPORT ---
SUPPORT UNSPECIFIED  PAST     подкрепи(ха|л|ли)?|похвали(ха|л|ли)?|приветства(ха|л|ли)?
SUPPORT UNSPECIFIED  PRESENT  подкрепя(т)?
SUPPORT UNSPECIFIED  NOUN     подкреп(а|ата)
# --- COOPERATE ---
COOPERATE UNSPECIFIED PAST    сътрудничи(ха|ли)|сътрудничеха
COOPERATE UNSPECIFIED PRESENT сътрудничат|сътрудничи(м)?
COOPERATE UNSPECIFIED PAST    обединиха усилия

[cues]
NEGATION        не|нито|няма
MODAL           може|могат|можем|би|биха|вероятно|евентуално|възможно|евентуалн*
CONDITIONAL     ако
CONDITIONAL     в случай
FUTURE          ще|предстоящ*|планиран*|насрочен*|следващ*|близко|скоро|бъдеще
FUTURE          очаква(т)?
INTENT          договори(ха|ли|л)|съгласи(ха|ли|л)|разбра(ха|ли|л)|разбрали|планира*|възнамерява*|готов*|готовност*|решиха|обяви(ха|л)?|иска(т)?|уговори(ха|ли)
PAST            проведе(ха|н|на|ни)?|състоя|състояла|състоял*|беше|бяха|бе|имаха|миналата|миналия|предишн*
ONGOING         момента|сега|тече|текат|продължава(т)?
CANCEL          отмен(ен|ена|ени|ено|и|иха|ят)|отложен*|отложи(ха|л|ли)?|анулира*
DENY            отрече|отрекоха|опроверга*|отрича(т)?
REPORTING       каза|казва|заяви(ха)?|съобщи(ха)?|посочи|добави|подчерта|отбеляза|според|цитира*|предадоха|предаде|информира(ха)?|твърди|коментира|обяви(ха)?
SPOKESPERSON    говорител(|ят|я|и)|прессекретар(|ят|я)|пресслужба(та)?
ROLE_HEAD_OF_STATE    президент(|а|ът|и|ите)|лидер(|а|ът|и|ите)|диктатор(|а|ът)
ROLE_HEAD_OF_STATE    държавн(ия|ият|и) глав(а|и)
ROLE_HEAD_OF_STATE    глав(а|ата) на държавата
ROLE_HEAD_OF_GOVERNMENT премиер(|а|ът|и)|министър-председател(|я|ят)|канцлер(|а|ът)
ROLE_FOREIGN_MINISTER министър(|а|ът) на външните работи
ROLE_FOREIGN_MINISTER външн(ия|ият) министър
ROLE_COUNTERPART      колег(а|ата|ите)|събеседни(к|ка|кът)
PLURAL_ANAPHOR  двамата|двете|двата|помежду|страните
LOCATIVE        в|във|на
DIRECTIONAL     в|във|до|за
FUNCTION        се|с|със|и|още|също|ще|да|си|на|от|по|официално|лично|двустранн*|днес|вчера|утре|отново|него|нея|тях|негов*|при|е|са|бъде|бъдат|има|двамата|този|тази|това|поредни(я|ят)|тяхна(та)?|която|даден|етап
CLAUSE_BREAK    че|който|която|което|които|когато|където|докато|защото|но|ала
FRAME           време|в|във
FRAME           по време на
AFTER           след
PAST_VERB       *(ха|ли|ла|ше|аха|яха)
FUTURE_VERB     ще
# Subordinate clauses (their triggers are rarely the sentence's main event) and determiners (a participle after one is an adjective).
SUBORDINATE     ако|когато|защото|понеже|макар|докато|преди|който|която|което|които|където|въпреки
DETERMINER      този|тази|това|тези|неговия|неговата|нейния|нейната|техния|техните|своя|своята|своите

[triggers]
# --- Material cooperation and conflict (PLOVER): aid, protest, force, concessions, withdrawal ---
AID     UNSPECIFIED  PAST     предостави(ха|л|ла|ли)?|дари(ха|л|ла|ли)?|изпрати(ха|л|ла|ли)?|отпусна(ха|л|ла|ли)?|достави(ха|л|ла|ли)?
AID     UNSPECIFIED  NOUN     заем(а|ът)?|заеми(те)?|убежище(то)?
# 'help' alone is too general ('bez pomocy', 'с помощью'): aid is named by its kind.
AID     UNSPECIFIED  NOUN     (хуманитарн*|военн*|финансов*|икономическ*|материалн*) помощ(та)?
AID     UNSPECIFIED  NOUN     помощ(та)? (хуманитарн*|военн*|финансов*|икономическ*|материалн*)
PROTEST UNSPECIFIED  PAST     протестира(ха|л|ла|ли)?|стачкува(ха|л|ла|ли)?|демонстрира(ха|л|ла|ли)?
PROTEST UNSPECIFIED  PRESENT  протестират|стачкуват
PROTEST UNSPECIFIED  NOUN     протест(а|ът|и|ите)?|демонстраци(я|ята|и|ите)|митинг(а|ът|и|ите)?|стачк(а|ата|и|ите)|безредици(те)?|протестиращ(и|ите)
ASSAULT UNSPECIFIED  PAST     атакува(ха|л|ла|ли)?|нападна(ха|л|ла|ли)?|уби(ха|л|ла|ли)?|обстреля(ха|л|ла|ли)?|бомбардира(ха|л|ла|ли)?|нахлу(ха|л|ла|ли)?
ASSAULT UNSPECIFIED  PRESENT  атакуват|обстрелват|бомбардират
ASSAULT UNSPECIFIED  NOUN     атак(а|ата|и|ите)|нападени(е|ето|я|ята)|обстрел(а|ът|и|ите)?|бомбардировк(а|ата|и|ите)|покушени(е|ето)|нахлуване(то)?|инвази(я|ята)|сблъсък|сблъсъци(те)?
COERCE  UNSPECIFIED  PAST     арестува(ха|л|ла|ли)?|задържа(ха|л|ла|ли)?|депортира(ха|л|ла|ли)?|отвлече(ха|л|ла|ли)?|конфискува(ха|л|ла|ли)?|забрани(ха|л|ла|ли)?|разпръсна(ха|л|ла|ли)?
COERCE  UNSPECIFIED  NOUN     арест(а|ът|и|ите)?|задържане(то)?|репреси(и|ите)
COERCE  UNSPECIFIED  NOUN     вечерен час
COERCE  UNSPECIFIED  NOUN     (извънредно|военно) положение(то)?
RETREAT UNSPECIFIED  PAST     изтегли(ха|л|ла|ли)?|освободи(ха|л|ла|ли)?|евакуира(ха|л|ла|ли)?|отстъпи(ха|л|ла|ли)?
RETREAT UNSPECIFIED  PAST     подаде(ха|л|ла|ли)? оставка
RETREAT UNSPECIFIED  NOUN     изтегляне(то)?|оставк(а|ата)|примири(е|ето)
RETREAT UNSPECIFIED  NOUN     прекратяване(то)? на огъня
CONCEDE UNSPECIFIED  PAST     (отмени(ха|л|ла|ли)?|смекчи(ха|л|ла|ли)?|облекчи(ха|л|ла|ли)?|вдигна(ха|л|ла|ли)?) ~ (санкци*|ограничени*|забран*|ембарго*|положение*|мерки*|вечерн*)
CONCEDE UNSPECIFIED  PAST     разреши(ха|л|ла|ли)?|позволи(ха|л|ла|ли)?
CONCEDE UNSPECIFIED  PAST     изпълни(ха|л|ла|ли)? ~ искания*
MOBILIZE UNSPECIFIED PAST     мобилизира(ха|л|ла|ли)?|разположи(ха|л|ла|ли)?|прехвърли(ха|л|ла|ли)?
MOBILIZE UNSPECIFIED NOUN     мобилизаци(я|ята)|разполагане(то)?
SANCTION UNSPECIFIED PAST     (спря(ха|л|ла|ли)?|прекрати(ха|л|ла|ли)?|съкрати(ха|л|ла|ли)?|замрази(ха|л|ла|ли)?) ~ (помощ*|доставки*|финансиране*|преговори*|отношения*|контакти*)
SANCTION UNSPECIFIED PAST     прекъсна(ха|л|ла|ли)? ~ (отношения*|връзки*|контакти*)
ACCUSE  UNSPECIFIED  PAST     оплака(ха|л|ла|ли)?|съди(ха|л|ла|ли)?|осъди(ха|л|ла|ли)?
ACCUSE  UNSPECIFIED  PAST     заведе(ха|л|ла|ли)? ~ (дело|иск)
ACCUSE  UNSPECIFIED  PAST     подаде(ха|л|ла|ли)? ~ (жалб*|протест*)
ACCUSE  UNSPECIFIED  NOUN     жалб(а|ата|и|ите)|иск(а|ът)?
COOPERATE UNSPECIFIED PAST    екстрадира(ха|л|ла|ли)?
COOPERATE UNSPECIFIED PAST    предаде(ха|л|ла|ли)? ~ (властите|правосъдието)
COOPERATE UNSPECIFIED PAST    (сподели(ха|л|ла|ли)?|обмени(ха|л|ла|ли)?) ~ (информация*|данни*|опит*|разузнавателн*)
COOPERATE UNSPECIFIED NOUN    екстрадици(я|ята)
COOPERATE UNSPECIFIED NOUN    съвместн(и|ите) учения(та)?
SUPPORT UNSPECIFIED  PAST     извини(ха|л|ла|ли)?|прости(ха|л|ла|ли)?
SUPPORT UNSPECIFIED  PAST     (установи(ха|л|ла|ли)?|възстанови(ха|л|ла|ли)?) ~ (отношения*|връзки*)
CONSULT UNSPECIFIED  NOUN     посредничеств(о|ото)|медиаци(я|ята)
