package be.nestwerk.offer;

import static be.nestwerk.network.ActorType.*;
import static be.nestwerk.offer.AccessMode.*;
import static be.nestwerk.offer.Audience.*;
import static be.nestwerk.offer.LifeDomain.*;
import static be.nestwerk.offer.Pillar.*;
import static be.nestwerk.offer.SupportFunction.*;
import static be.nestwerk.offer.SyntheticTheme.CostPlan;
import static be.nestwerk.offer.SyntheticTheme.Rhythm;

import java.util.List;
import java.util.Map;

/**
 * The themes of the synthetic Flanders catalogue, weighted roughly like the real offer of the Huizen van het Kind
 * (much childcare, many weekly activities), and the word pools the texts are made from. Every name is fictional.
 */
final class SyntheticThemes {

    static final List<String> HOUSE_NAMES = List.of(
            "De Regenboog",
            "Het Zonnetje",
            "De Speelvogel",
            "Kadee",
            "Het Klavertje",
            "De Kleine Wereld",
            "Het Nestje",
            "De Boomhut",
            "Pimpampoentje",
            "De Vlinder",
            "Het Molentje",
            "De Kabouterhoek",
            "Ukkepuk",
            "De Knuffelbeer",
            "Het Kasteeltje",
            "De Zonnebloem",
            "Kriebel",
            "De Toverfluit",
            "Het Bijennest",
            "De Kleine Prins",
            "Ribbedebie",
            "De Egeltjes",
            "Het Lindeke",
            "Tuimelaar",
            "De Speeltuin",
            "Het Kroostje",
            "Kiekeboe",
            "De Ster",
            "Het Anker",
            "De Brug",
            "De Horizon",
            "De Sleutel",
            "Het Kompas",
            "De Vuurtoren",
            "De Wegwijzer",
            "Het Open Huis",
            "De Schakel",
            "De Oever",
            "De Linde",
            "Den Optimist",
            "Sloeber",
            "De Kikkertjes",
            "Het Boshuisje",
            "De Hummeltjes",
            "Bengeltjes",
            "Kleine Reus",
            "De Zeepbel",
            "Het Wolkje",
            "Uilenspiegel",
            "De Notelaar",
            "Het Vogelnest",
            "De Pagadder",
            "Klein Geluk",
            "De Duizendpoot",
            "Het Eikeltje",
            "De Kastanje");

    static final List<String> STREETS = List.of(
            "Kerkstraat",
            "Stationsstraat",
            "Dorpsstraat",
            "Schoolstraat",
            "Molenstraat",
            "Nieuwstraat",
            "Kapelstraat",
            "Beekstraat",
            "Veldstraat",
            "Hoogstraat",
            "Markt",
            "Grote Markt",
            "Kasteelstraat",
            "Bosstraat",
            "Lindenlaan",
            "Kloosterstraat",
            "Meersstraat",
            "Pastorijstraat",
            "Gemeenteplein",
            "Sint-Jansstraat",
            "Ringlaan",
            "Leopoldlaan",
            "Koningin Astridlaan",
            "Vrijheidstraat",
            "Heirbaan",
            "Zandstraat",
            "Broekstraat",
            "Spoorweglaan",
            "Processiestraat",
            "Tiensesteenweg",
            "Gentsesteenweg",
            "Antwerpsesteenweg",
            "Brugsesteenweg",
            "Kortrijksestraat",
            "Liersesteenweg",
            "Hasseltweg",
            "Kiezelweg",
            "Populierenlaan",
            "Wilgenstraat",
            "Acacialaan");

    static final List<String> VENUES = List.of(
            "Gemeenschapscentrum {gemeente}",
            "Sporthal {gemeente}",
            "Bibliotheek {gemeente}",
            "Buurthuis {naam}",
            "Lokaal dienstencentrum {naam}",
            "Basisschool {naam}",
            "Parochiezaal {gemeente}",
            "Huis van het Kind {gemeente}",
            "Ontmoetingscentrum {naam}",
            "Jeugdcentrum {naam}");

    static final List<String> WEEKDAYS =
            List.of("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag");

    static final Map<AccessMode, List<String>> HOW_TO_ACCESS = Map.of(
            WALK_IN,
            List.of(
                    "Je kan zonder afspraak binnenlopen tijdens de openingsuren.",
                    "Kom gewoon langs, je hoeft niet vooraf te bellen.",
                    "Loop binnen wanneer het jou past, de koffie staat klaar."),
            APPOINTMENT,
            List.of(
                    "Maak een afspraak via telefoon of e-mail.",
                    "Bel ons voor een afspraak op een moment dat jou past.",
                    "Een afspraak maken kan ook via de website."),
            REGISTRATION,
            List.of(
                    "Inschrijven is nodig: de plaatsen zijn beperkt.",
                    "Schrijf je in via de website of aan het onthaal.",
                    "Je kan je inschrijven tot een week op voorhand."),
            REFERRAL_NEEDED,
            List.of(
                    "Je komt bij ons via een doorverwijzing van het OCMW, het CAW of een andere hulpverlener.",
                    "Een hulpverlener meldt je aan; vraag ernaar bij het sociaal huis.",
                    "Je hebt een verwijsbrief nodig van een erkende dienst."));

    static final List<String> COST_NOTES = List.of(
            "Wie het financieel moeilijk heeft, betaalt minder: vraag ernaar.",
            "Met een UiTPAS met kansentarief betaal je maar een klein deel.",
            "Je ziekenfonds betaalt een deel terug.",
            "Het tarief hangt af van je gezinsinkomen.");

    static final List<String> GETTING_THERE = List.of(
            "Bus 1 en 2 stoppen vlak voor de deur.",
            "Op vijf minuten wandelen van het station.",
            "Er is een fietsenstalling en gratis parking aan de achterkant.",
            "Toegankelijk met de rolstoel via de zij-ingang.",
            "Neem de tram tot halte Kerk en wandel twee minuten.");

    static final List<SyntheticTheme> ALL = List.of(
            SyntheticTheme.of("kinderopvang", 13)
                    .services(Rhythm.WORKDAYS)
                    .organisations(
                            CHILDCARE_BABIES_TODDLERS,
                            "Kinderopvang {naam}",
                            "Kinderdagverblijf {naam}",
                            "Groepsopvang {naam}")
                    .organisations(CHILDMINDERS, "Gezinsopvang {naam}")
                    .classify(PARENTING_SUPPORT, List.of(SupportFunction.PRACTICAL_SUPPORT), CHILDCARE)
                    .essential("CHILD_CARE_AND_EDUCATION")
                    .taxonomy("1280")
                    .ages(0, 36, CHILDREN, PARENTS_AND_CARERS)
                    .costs(CostPlan.INCOME)
                    .access(REGISTRATION)
                    .serviceNames(
                            "Kinderopvang {naam}",
                            "Kinderdagverblijf {naam}",
                            "Gezinsopvang {naam}",
                            "Babyopvang {naam} in {gemeente}",
                            "Groepsopvang voor baby's en peuters {naam}")
                    .summaries(
                            "Opvang voor baby's en peuters op werkdagen, met een prijs volgens je inkomen.",
                            "Kleine, warme kinderopvang voor kinderen van 0 tot 3 jaar in {gemeente}.",
                            "Erkende kinderopvang, open van 7 tot 18.30 uur, ook tijdens de schoolvakanties.",
                            "Flexibele opvang, ook voor ouders met wisselende werkuren of een opleiding.")
                    .descriptions(
                            "Vaste begeleiders zorgen voor een rustig ritme met spelen, eten en slapen.",
                            "We werken met een inkomenstarief: je betaalt volgens je gezinsinkomen.",
                            "Er is een tuin en een aparte slaapruimte voor de kleinsten.",
                            "Je kind kan eerst een paar keer komen wennen, samen met jou.",
                            "We koken elke dag vers en houden rekening met allergieën en geloofsovertuiging.",
                            "Voorrang voor alleenstaande ouders, gezinnen met een laag inkomen en ouders die werk"
                                    + " zoeken.")
                    .bring(
                            "Luiers, reservekleren en het boekje van Kind en Gezin",
                            "Een knuffel, een fopspeen en reservekleren")
                    .translation(
                            "fr",
                            "Accueil de la petite enfance",
                            "Accueil des bébés et des jeunes enfants en semaine, avec un tarif selon vos revenus.")
                    .translation(
                            "en", "Childcare", "Care for babies and toddlers on weekdays, priced according to income.")
                    .translation("ar", "حضانة للأطفال", "رعاية الرضع والأطفال الصغار في أيام الأسبوع حسب دخلك.")
                    .translation("tr", "Çocuk bakımı", "Hafta içi bebek ve küçük çocuk bakımı, gelire göre ücret."),
            SyntheticTheme.of("buitenschoolse-opvang", 6)
                    .services(Rhythm.AFTER_SCHOOL)
                    .activities(0.2, Rhythm.HOLIDAY_WEEKS)
                    .organisations(
                            CHILDCARE_OUT_OF_SCHOOL, "Buitenschoolse opvang {naam}", "IBO {naam}", "Kinderclub {naam}")
                    .classify(
                            PARENTING_SUPPORT,
                            List.of(SupportFunction.PRACTICAL_SUPPORT),
                            CHILDCARE,
                            CULTURE_SPORT_LEISURE)
                    .essential("CHILD_CARE_AND_EDUCATION", "PLAY_LEISURE_CULTURE_SPORT")
                    .taxonomy("1279")
                    .ages(30, 144, CHILDREN)
                    .costs(CostPlan.FIXED_WITH_UITPAS)
                    .access(REGISTRATION)
                    .serviceNames(
                            "Buitenschoolse opvang {naam}",
                            "Naschoolse opvang in {gemeente}",
                            "Voor- en naschoolse opvang {naam}",
                            "Opvang op woensdagnamiddag")
                    .activityNames(
                            "Vakantieopvang {naam}", "Speelweken in de vakantie", "Vakantiewerking voor kleuters")
                    .summaries(
                            "Opvang voor en na school en op woensdagnamiddag voor kleuters en lagereschoolkinderen.",
                            "Spelen, knutselen en buiten ravotten na school, tot 18.30 uur.",
                            "Opvang in de schoolvakanties met elke week een ander thema.")
                    .descriptions(
                            "De kinderen kiezen zelf wat ze doen: rustig spelen, een boek lezen of buiten sporten.",
                            "We halen de kinderen op aan de scholen in de buurt.",
                            "Je betaalt per begonnen half uur; met een UiTPAS met kansentarief betaal je minder.")
                    .bring("Een vieruurtje en een drinkbus", "Een lunchpakket op vakantiedagen")
                    .translation("fr", "Accueil extrascolaire", "Accueil avant et après l'école et le mercredi.")
                    .translation("en", "Out-of-school care", "Care before and after school and on Wednesdays."),
            SyntheticTheme.of("consultatiebureau", 7)
                    .services(Rhythm.HALF_DAYS)
                    .activities(0.1, Rhythm.MONTHLY)
                    .organisations(CHILD_HEALTH_CLINIC, "Consultatiebureau {naam}", "Consultatiebureau {gemeente}")
                    .organisations(CHILD_AND_FAMILY_REGIONAL_TEAM, "Regioteam Kind en Gezin {gemeente}")
                    .classify(PREVENTIVE_HEALTH, List.of(INFORMATION_ADVICE, EARLY_IDENTIFICATION_REFERRAL), HEALTHCARE)
                    .essential("PREVENTIVE_FAMILY_SUPPORT_AND_HEALTH")
                    .taxonomy("1206", "1227")
                    .ages(0, 36, PARENTS_AND_CARERS, CHILDREN)
                    .costs(CostPlan.FREE)
                    .access(APPOINTMENT, WALK_IN)
                    .serviceNames(
                            "Consultatiebureau {naam}",
                            "Consultatiebureau voor baby's en peuters in {gemeente}",
                            "Spreekuur van de verpleegkundige van Kind en Gezin",
                            "Vaccinaties en groeiopvolging voor je baby")
                    .activityNames(
                            "Infomoment: voeding van je baby",
                            "Groepsconsult voor ouders van baby's",
                            "Infomoment: veilig slapen")
                    .summaries(
                            "Gratis opvolging van de groei en ontwikkeling van je kind, met vaccinaties.",
                            "Een verpleegkundige en een arts volgen je kind op van de geboorte tot 3 jaar.",
                            "Met al je vragen over voeding, slapen en huilen kan je bij ons terecht.")
                    .descriptions(
                            "We wegen en meten je kind en bekijken samen hoe het groeit.",
                            "De arts geeft de vaccinaties van het basisvaccinatieschema, gratis.",
                            "Je krijgt tips over borstvoeding, flesvoeding en de eerste hapjes.",
                            "Een tolk kan erbij komen als je dat vraagt.")
                    .bring("Het boekje van je kind en de Kids-ID of ISI+-kaart", "Een luier en een dekentje")
                    .translation(
                            "fr",
                            "Consultation pour nourrissons",
                            "Suivi gratuit de la croissance de votre enfant, avec vaccinations.")
                    .translation(
                            "en",
                            "Child health clinic",
                            "Free check-ups of your child's growth and development, with vaccinations.")
                    .translation("ar", "مكتب الاستشارة للرضع", "متابعة مجانية لنمو طفلك وتطوره، مع التطعيمات.")
                    .translation("tr", "Bebek danışma merkezi", "Çocuğunuzun büyümesinin ücretsiz takibi ve aşılar."),
            SyntheticTheme.of("zwangerschap", 4)
                    .services(Rhythm.HALF_DAYS)
                    .activities(0.7, Rhythm.WEEKLY)
                    .organisations(MIDWIVES, "Vroedvrouwenpraktijk {naam}", "Vroedvrouwen {gemeente}")
                    .organisations(HOSPITAL, "Ziekenhuis {naam}")
                    .organisations(HEALTH_INSURANCE_FUNDS, "Ziekenfonds {gemeente}")
                    .classify(PREVENTIVE_HEALTH, List.of(INFORMATION_ADVICE), HEALTHCARE, PARENTING)
                    .essential("PREVENTIVE_FAMILY_SUPPORT_AND_HEALTH")
                    .taxonomy("1217", "20043")
                    .ages(-9, 0, PARENTS_TO_BE)
                    .costs(CostPlan.MIXED)
                    .access(REGISTRATION, APPOINTMENT)
                    .serviceNames(
                            "Prenatale consultatie bij de vroedvrouw",
                            "Zwangerschapsbegeleiding {naam}",
                            "Spreekuur voor aanstaande ouders")
                    .activityNames(
                            "Zwangerschapscursus",
                            "Prenatale lessen in {gemeente}",
                            "Zwangerschapsyoga op {dag}",
                            "Infoavond borstvoeding",
                            "Voorbereiding op de bevalling",
                            "Zwangerschapsturnen")
                    .summaries(
                            "Samen met andere aanstaande ouders je voorbereiden op de bevalling en de eerste weken.",
                            "Een vroedvrouw vertelt over zwanger zijn, bevallen en borstvoeding.",
                            "Ontspannen bewegen en ademen tijdens je zwangerschap.")
                    .descriptions(
                            "De reeks bestaat uit zes lessen in een kleine groep; je partner is welkom.",
                            "We oefenen houdingen en ademhaling en praten over wat je na de geboorte mag verwachten.",
                            "Je ziekenfonds betaalt een deel van de lessen terug.")
                    .bring("Een matje en een kussen", "Je zwangerschapsboekje")
                    .translation("fr", "Cours de préparation à la naissance", "Se préparer à l'accouchement.")
                    .translation("en", "Antenatal classes", "Prepare for the birth with other parents-to-be.")
                    .translation("ar", "دروس الاستعداد للولادة", "الاستعداد للولادة مع آباء آخرين."),
            SyntheticTheme.of("opvoedingsondersteuning", 7)
                    .services(Rhythm.HALF_DAYS)
                    .activities(0.3, Rhythm.MONTHLY)
                    .organisations(PARENTING_SHOP, "Opvoedingswinkel {gemeente}", "Opvoedingspunt {gemeente}")
                    .organisations(FAMILY_LEAGUE, "Gezinsbond {gemeente}")
                    .classify(
                            PARENTING_SUPPORT,
                            List.of(INFORMATION_ADVICE, EMOTIONAL_SUPPORT),
                            PARENTING,
                            MENTAL_WELLBEING)
                    .essential("PREVENTIVE_FAMILY_SUPPORT_AND_HEALTH")
                    .taxonomy("1315", "1195")
                    .ages(0, 216, PARENTS_AND_CARERS)
                    .costs(CostPlan.MOSTLY_FREE)
                    .access(WALK_IN, APPOINTMENT)
                    .serviceNames(
                            "Opvoedingsspreekuur",
                            "Opvoedingsondersteuning op maat",
                            "Vragen over opvoeden? Kom langs",
                            "Opvoedingsadvies {naam}")
                    .activityNames(
                            "Oudergroep over de puberteit",
                            "Themavond: slapen, eten en huilen",
                            "Cursus positief opvoeden",
                            "Oudercafé over schermtijd",
                            "Praatgroep voor ouders na een scheiding")
                    .summaries(
                            "Met al je vragen over opvoeden kan je zonder afspraak langskomen.",
                            "Driftbuien, slapen, pesten of puberteit: samen zoeken we wat werkt in jullie gezin.",
                            "Ouders delen ervaringen en krijgen tips van een opvoedingsondersteuner.")
                    .descriptions(
                            "Een opvoedingsondersteuner luistert en denkt met je mee, zonder te oordelen.",
                            "Je kan ook bellen of mailen als langskomen moeilijk is.",
                            "We verwijzen je door als je meer hulp nodig hebt.",
                            "Elke avond heeft een thema; je hoeft niet elke keer te komen.")
                    .translation(
                            "fr", "Soutien à la parentalité", "Des conseils pour toutes vos questions d'éducation.")
                    .translation("en", "Parenting support", "Drop in with any question about bringing up children.")
                    .translation("ar", "دعم الوالدين", "يمكنك القدوم بكل أسئلتك حول التربية.")
                    .translation("tr", "Ebeveyn desteği", "Çocuk yetiştirme ile ilgili tüm sorularınız için gelin."),
            SyntheticTheme.of("babymassage", 3)
                    .activities(0.9, Rhythm.WEEKLY)
                    .organisations(PARENTING_SHOP, "Opvoedingswinkel {gemeente}")
                    .organisations(FAMILY_LEAGUE, "Gezinsbond {gemeente}")
                    .classify(
                            MEETING_COHESION,
                            List.of(EMOTIONAL_SUPPORT, SOCIAL_SUPPORT_COHESION),
                            PARENTING,
                            SOCIAL_COHESION)
                    .essential("MEETING_AND_SOCIAL_COHESION")
                    .taxonomy("1195")
                    .ages(0, 12, PARENTS_AND_CARERS, CHILDREN)
                    .costs(CostPlan.MIXED)
                    .access(REGISTRATION)
                    .serviceNames("Babycafé {naam}", "Draagconsulent aan huis")
                    .activityNames(
                            "Babymassage voor ouders en baby's",
                            "Babycafé op {dag}",
                            "Draagdoekworkshop",
                            "Babygebarentaal voor ouders")
                    .summaries(
                            "Vier keer samen leren hoe je je baby rustig masseert.",
                            "Andere ouders van baby's ontmoeten bij een kop koffie.",
                            "Leren hoe je je baby veilig draagt in een draagdoek.")
                    .descriptions(
                            "In een kleine groep leer je stap voor stap je baby masseren.",
                            "Het helpt je baby ontspannen en het is een fijn moment samen.",
                            "Broers en zussen zijn ook welkom.")
                    .bring("Een handdoek en een flesje olie zonder geur", "Een draagdoek als je er een hebt")
                    .translation("en", "Baby massage", "Learn to massage your baby in a small group."),
            SyntheticTheme.of("huiswerkbegeleiding", 6)
                    .services(Rhythm.AFTER_SCHOOL)
                    .activities(0.85, Rhythm.WEEKLY)
                    .organisations(SCHOOL_COMMUNITY_WORK, "Huiswerkklas {naam}", "Schoolopbouwwerk {gemeente}")
                    .organisations(LIBRARY, "Bibliotheek {gemeente}")
                    .organisations(SOCIO_CULTURAL_ORGANISATIONS, "Studiehulp {naam}")
                    .classify(PARENTING_SUPPORT, List.of(SupportFunction.PRACTICAL_SUPPORT), EDUCATION)
                    .essential("CHILD_CARE_AND_EDUCATION")
                    .taxonomy("1343")
                    .ages(72, 180, CHILDREN, YOUNGSTERS)
                    .costs(CostPlan.FREE)
                    .access(REGISTRATION, WALK_IN)
                    .serviceNames("Studieplek in de bibliotheek", "Huiswerkhulp aan huis")
                    .activityNames(
                            "Huiswerkbegeleiding {naam}",
                            "Huiswerkklas in de bibliotheek",
                            "Studieklas voor het secundair",
                            "Bijles wiskunde en Nederlands",
                            "Huiswerkbegeleiding op {dag}")
                    .summaries(
                            "Vrijwilligers helpen je kind met huiswerk en leren plannen.",
                            "Een rustige plek om huiswerk te maken, met hulp wanneer het nodig is.",
                            "Extra uitleg voor wiskunde, Frans en Nederlands in kleine groepjes.")
                    .descriptions(
                            "De begeleiding is gratis en in kleine groepjes van vier kinderen.",
                            "Er zijn computers en een printer voor schoolwerk.",
                            "We werken samen met de scholen in de buurt en het CLB.")
                    .bring("Je boekentas en je agenda", "Je laptop als je er een hebt")
                    .translation("fr", "Aide aux devoirs", "Des bénévoles aident votre enfant avec ses devoirs.")
                    .translation("en", "Homework club", "Volunteers help your child with homework.")
                    .translation("ar", "المساعدة في الواجبات المدرسية", "متطوعون يساعدون طفلك في واجباته.")
                    .translation("tr", "Ödev desteği", "Gönüllüler çocuğunuza ödevlerinde yardım eder."),
            SyntheticTheme.of("speelpleinwerking", 5)
                    .activities(1.0, Rhythm.HOLIDAY_WEEKS)
                    .organisations(HOLIDAY_AND_PLAYGROUND_WORK, "Speelplein {naam}", "Speelpleinwerking {naam}")
                    .organisations(YOUTH_SERVICE, "Jeugddienst {gemeente}")
                    .classify(MEETING_COHESION, List.of(SOCIAL_SUPPORT_COHESION), CULTURE_SPORT_LEISURE)
                    .essential("PLAY_LEISURE_CULTURE_SPORT")
                    .taxonomy("1283", "1285")
                    .ages(30, 168, CHILDREN)
                    .costs(CostPlan.FIXED_WITH_UITPAS)
                    .access(REGISTRATION, WALK_IN)
                    .activityNames(
                            "Speelpleinwerking {naam}",
                            "Speelplein {naam} in de zomer",
                            "Grabbelpaskampen",
                            "Sportkamp in de krokusvakantie",
                            "Kleuterkamp in de paasvakantie")
                    .summaries(
                            "Elke vakantiedag spelen met animatoren, voor kinderen van 3 tot 14 jaar.",
                            "Een hele dag buiten spelen, met een warme maaltijd en een vieruurtje.",
                            "Een week lang sporten, knutselen en op uitstap.")
                    .descriptions(
                            "Je kind kan per dag komen; inschrijven op voorhand is niet altijd nodig.",
                            "De animatoren hebben een attest en kennen de kinderen bij naam.",
                            "Met de UiTPAS met kansentarief betaal je maar een fractie van de dagprijs.")
                    .bring("Een lunchpakket, een drinkbus en zonnecrème", "Kleren die vuil mogen worden")
                    .translation("fr", "Plaine de jeux", "Jouer tous les jours de vacances avec des animateurs.")
                    .translation("en", "Holiday playground", "Play every holiday day with trained youth workers."),
            SyntheticTheme.of("ontmoeting", 6)
                    .services(Rhythm.HALF_DAYS)
                    .activities(0.8, Rhythm.WEEKLY)
                    .organisations(DROP_IN_TEAM, "Inloopteam {naam}")
                    .organisations(PLAY_AND_MEETING_INITIATIVE, "Spel- en ontmoetingsruimte {naam}")
                    .organisations(NEIGHBOURHOOD_WORK, "Buurtwerk {naam}")
                    .classify(
                            MEETING_COHESION,
                            List.of(SOCIAL_SUPPORT_COHESION, INFORMATION_ADVICE),
                            SOCIAL_COHESION,
                            PARENTING)
                    .essential("MEETING_AND_SOCIAL_COHESION")
                    .taxonomy("1303", "1310")
                    .ages(0, 48, PARENTS_AND_CARERS, CHILDREN)
                    .costs(CostPlan.FREE)
                    .access(WALK_IN)
                    .serviceNames("Inloopteam {naam}", "Speel-o-theek {naam}", "Ontmoetingsruimte voor gezinnen")
                    .activityNames(
                            "Spel- en ontmoetingsmoment {naam}",
                            "Peuterspeelochtend",
                            "Ontmoetingsochtend voor ouders met jonge kinderen",
                            "Buurtcafé voor gezinnen op {dag}",
                            "Kruipmoment voor baby's")
                    .summaries(
                            "Je kind speelt met andere kinderen, jij praat met andere ouders.",
                            "Een gezellige plek om andere gezinnen uit de buurt te leren kennen.",
                            "Spelen, zingen en een babbel, zonder inschrijving.")
                    .descriptions(
                            "Er is speelgoed voor elke leeftijd en er zijn altijd twee begeleiders.",
                            "Je blijft zelf bij je kind; het is geen opvang.",
                            "Je kan er ook terecht met vragen over school, geld of wonen.")
                    .translation("fr", "Lieu de rencontre", "Votre enfant joue, vous rencontrez d'autres parents.")
                    .translation("en", "Parent and toddler group", "Your child plays, you meet other parents.")
                    .translation("ar", "لقاء العائلات", "طفلك يلعب وأنت تلتقي بآباء آخرين.")
                    .translation("tr", "Buluşma saati", "Çocuğunuz oynar, siz diğer ebeveynlerle tanışırsınız."),
            SyntheticTheme.of("voedselbank", 3)
                    .services(Rhythm.HALF_DAYS)
                    .activities(0.1, Rhythm.WEEKLY)
                    .organisations(WELFARE_LINK, "Welzijnsschakel {naam}", "Voedselbank {gemeente}")
                    .organisations(PUBLIC_SOCIAL_WELFARE_CENTRE, "OCMW {gemeente}")
                    .classify(
                            PARENTING_SUPPORT,
                            List.of(SupportFunction.PRACTICAL_SUPPORT),
                            SOCIO_ECONOMIC,
                            LifeDomain.PRACTICAL_SUPPORT)
                    .essential("FUNDAMENTAL_RIGHTS_SUPPORT")
                    .taxonomy("1130", "1120")
                    .ages(-9, 288, PARENTS_AND_CARERS)
                    .costs(CostPlan.FREE)
                    .access(REFERRAL_NEEDED)
                    .serviceNames("Voedselbank {gemeente}", "Sociale kruidenier {naam}", "Voedselbedeling")
                    .activityNames("Soep op {dag}", "Samen koken en eten")
                    .summaries(
                            "Een voedselpakket voor gezinnen die het moeilijk hebben om rond te komen.",
                            "Verse groenten, brood en basisproducten aan een lage prijs.",
                            "Elke week een gratis maaltijd en een babbel.")
                    .descriptions(
                            "Je komt bij ons via het OCMW of het CAW; zij bekijken samen met jou wat je nodig hebt.",
                            "Er is ook babyvoeding en verzorging voor kleine kinderen.",
                            "Vrijwilligers helpen bij het uitdelen en je kan er een koffie drinken.")
                    .bring("Je klantenkaart en een stevige tas", "Je verwijsbrief")
                    .translation("fr", "Banque alimentaire", "Un colis alimentaire pour les familles en difficulté.")
                    .translation("en", "Food bank", "A food parcel for families who struggle to make ends meet.")
                    .translation("ar", "بنك الطعام", "طرد غذائي للعائلات التي تعاني من صعوبات مالية.")
                    .translation("tr", "Gıda bankası", "Geçim sıkıntısı çeken aileler için gıda paketi."),
            SyntheticTheme.of("luierbank", 2)
                    .services(Rhythm.HALF_DAYS)
                    .activities(0.1, Rhythm.MONTHLY)
                    .organisations(WELFARE_LINK, "Luierbank {gemeente}", "Babybank {naam}")
                    .classify(
                            PARENTING_SUPPORT,
                            List.of(SupportFunction.PRACTICAL_SUPPORT),
                            LifeDomain.PRACTICAL_SUPPORT,
                            SOCIO_ECONOMIC)
                    .essential("FUNDAMENTAL_RIGHTS_SUPPORT")
                    .taxonomy("1157", "1156")
                    .ages(-9, 36, PARENTS_AND_CARERS, PARENTS_TO_BE)
                    .costs(CostPlan.FREE)
                    .access(REFERRAL_NEEDED, WALK_IN)
                    .serviceNames("Luierbank {gemeente}", "Babybank {naam}", "Babykleding en luiers")
                    .activityNames("Tweedehandsbeurs kinderkleding", "Ruilmoment babykleding")
                    .summaries(
                            "Gratis luiers, babyvoeding en babykleding voor gezinnen met een klein budget.",
                            "Een babypakket met kleding, een draagzak en verzorging.")
                    .descriptions(
                            "Elke maand kan je een pak luiers in de juiste maat ophalen.",
                            "Alles is geschonken door andere gezinnen en nagekeken door vrijwilligers.")
                    .translation("fr", "Banque de langes", "Des langes et des vêtements de bébé gratuits.")
                    .translation("en", "Nappy bank", "Free nappies and baby clothes for families on a budget."),
            SyntheticTheme.of("taalcafe", 4)
                    .activities(0.9, Rhythm.WEEKLY)
                    .organisations(LIBRARY, "Bibliotheek {gemeente}")
                    .organisations(INTEGRATION_SERVICE, "Integratiedienst {gemeente}")
                    .organisations(ADULT_BASIC_EDUCATION, "Basiseducatie {naam}")
                    .classify(MEETING_COHESION, List.of(SOCIAL_SUPPORT_COHESION), SOCIAL_COHESION, EDUCATION)
                    .essential("MEETING_AND_SOCIAL_COHESION")
                    .taxonomy("1326", "1331")
                    .ages(-9, 288, PARENTS_AND_CARERS)
                    .costs(CostPlan.FREE)
                    .access(WALK_IN)
                    .serviceNames("Oefenkansen Nederlands", "Taalpunt in de bibliotheek")
                    .activityNames(
                            "Taalcafé {naam}",
                            "Nederlands oefenen met andere ouders",
                            "Praatgroep Nederlands voor mama's",
                            "Taalcafé op {dag}",
                            "Voorleesmoment in meerdere talen")
                    .summaries(
                            "Nederlands oefenen in een ontspannen sfeer, bij een kop koffie.",
                            "Praten over alledaagse dingen met vrijwilligers en andere ouders.",
                            "Je kinderen spelen ernaast terwijl jij Nederlands oefent.")
                    .descriptions(
                            "Iedereen is welkom, ook als je nog maar een paar woorden Nederlands kent.",
                            "Elke week een ander onderwerp: de school, de dokter, boodschappen doen.",
                            "Er is kinderopvang tijdens het taalcafé.")
                    .translation("en", "Language café", "Practise Dutch over a cup of coffee.")
                    .translation("fr", "Café linguistique", "Pratiquer le néerlandais autour d'un café.")
                    .translation("ar", "مقهى اللغة", "تدرب على اللغة الهولندية مع فنجان قهوة.")
                    .translation("tr", "Dil kafe", "Bir fincan kahve eşliğinde Felemenkçe pratik yapın.")
                    .translation("uk", "Мовне кафе", "Практикуйте нідерландську за чашкою кави."),
            SyntheticTheme.of("tienerwerking", 4)
                    .services(Rhythm.HALF_DAYS)
                    .activities(0.9, Rhythm.WEEKLY)
                    .organisations(YOUTH_WORK, "Jeugdhuis {naam}", "Tienerwerking {naam}")
                    .organisations(YOUTH_SERVICE, "Jeugddienst {gemeente}")
                    .classify(
                            MEETING_COHESION, List.of(SOCIAL_SUPPORT_COHESION), CULTURE_SPORT_LEISURE, SOCIAL_COHESION)
                    .essential("PLAY_LEISURE_CULTURE_SPORT", "PLACE_IN_PUBLIC_SPACE")
                    .taxonomy("1285")
                    .ages(144, 216, YOUNGSTERS)
                    .costs(CostPlan.MOSTLY_FREE)
                    .access(WALK_IN, REGISTRATION)
                    .serviceNames("Jeugdhuis {naam}", "Jongerenonthaal {naam}")
                    .activityNames(
                            "Tienerwerking {naam}",
                            "Tienerwerking op {dag}",
                            "Streetdance voor tieners",
                            "Tienerkamp",
                            "Gamenamiddag in het jeugdhuis")
                    .summaries(
                            "Een plek voor tieners van 12 tot 18 jaar om te chillen, te gamen en te sporten.",
                            "Samen activiteiten kiezen en organiseren met jongerenwerkers.",
                            "Op uitstap, koken, muziek maken: jij beslist mee.")
                    .descriptions(
                            "Het jeugdhuis is open na school en op woensdagnamiddag.",
                            "Jongerenwerkers luisteren ook als je ergens mee zit.",
                            "De meeste activiteiten zijn gratis; voor uitstappen vragen we een kleine bijdrage.")
                    .translation("fr", "Maison de jeunes", "Un lieu pour les ados de 12 à 18 ans.")
                    .translation("en", "Youth club", "A place for teenagers aged 12 to 18."),
            SyntheticTheme.of("psychologische-hulp", 4)
                    .services(Rhythm.HALF_DAYS)
                    .activities(0.1, Rhythm.WEEKLY)
                    .organisations(MENTAL_HEALTH_CENTRE, "CGG {naam}")
                    .organisations(GENERAL_WELFARE_CENTRE, "CAW {gemeente}", "JAC {gemeente}")
                    .organisations(CHILD_AND_FAMILY_SUPPORT_CENTRE, "Centrum voor kinderzorg {naam}")
                    .classify(
                            PARENTING_SUPPORT,
                            List.of(INTENSIVE_HELP, EMOTIONAL_SUPPORT, EARLY_IDENTIFICATION_REFERRAL),
                            MENTAL_WELLBEING,
                            YOUTH_CARE)
                    .essential("PREVENTIVE_FAMILY_SUPPORT_AND_HEALTH")
                    .taxonomy("1304", "1220")
                    .ages(0, 288, CHILDREN, YOUNGSTERS, PARENTS_AND_CARERS)
                    .costs(CostPlan.MIXED)
                    .access(APPOINTMENT, REFERRAL_NEEDED)
                    .serviceNames(
                            "Jongerenonthaal JAC",
                            "Psychologische hulp voor kinderen en jongeren",
                            "Gezinsbegeleiding aan huis",
                            "Eerstelijnspsycholoog voor jongeren",
                            "Begeleiding voor kinderen van gescheiden ouders")
                    .activityNames("Groep voor kinderen van gescheiden ouders", "Weerbaarheidstraining voor jongeren")
                    .summaries(
                            "Gesprekken met een psycholoog als je kind angstig, somber of boos is.",
                            "Voor jongeren met vragen over school, thuis, relaties of geld.",
                            "Een begeleider komt bij jullie thuis als het even niet meer lukt.")
                    .descriptions(
                            "De eerste gesprekken zijn gratis; daarna betaal je volgens je inkomen.",
                            "Alles wat je vertelt blijft tussen ons, tenzij er gevaar is.",
                            "Soms is er een wachtlijst; we zoeken dan samen naar een tussenoplossing.")
                    .translation("fr", "Aide psychologique", "Des entretiens avec un psychologue pour enfants.")
                    .translation("en", "Psychological help", "Talks with a psychologist for children and teenagers."),
            SyntheticTheme.of("kraamzorg", 2)
                    .services(Rhythm.WORKDAYS)
                    .organisations(MATERNITY_CARE, "Kraamzorg {naam}")
                    .organisations(FAMILY_AND_HOME_CARE, "Gezinszorg {gemeente}")
                    .classify(
                            PREVENTIVE_HEALTH,
                            List.of(SupportFunction.PRACTICAL_SUPPORT, INFORMATION_ADVICE),
                            HEALTHCARE,
                            LifeDomain.PRACTICAL_SUPPORT)
                    .essential("PREVENTIVE_FAMILY_SUPPORT_AND_HEALTH")
                    .taxonomy("1217", "1306")
                    .ages(-3, 6, PARENTS_TO_BE, PARENTS_AND_CARERS)
                    .costs(CostPlan.INCOME)
                    .access(APPOINTMENT)
                    .serviceNames(
                            "Kraamzorg aan huis",
                            "Vroedvrouw aan huis na de bevalling",
                            "Borstvoedingsconsult",
                            "Kraamhulp {naam}")
                    .summaries(
                            "Een kraamverzorgende helpt thuis in de eerste weken na de geboorte.",
                            "De vroedvrouw komt langs om jou en je baby op te volgen.")
                    .descriptions(
                            "Ze helpt bij het verzorgen van je baby, het huishouden en de borstvoeding.",
                            "Je betaalt per uur volgens je inkomen; je ziekenfonds betaalt een deel terug.")
                    .translation("fr", "Aide à la maternité", "Une aide à domicile après la naissance.")
                    .translation("en", "Maternity home care", "Help at home in the first weeks after birth."),
            SyntheticTheme.of("sport", 5)
                    .activities(0.95, Rhythm.WEEKLY)
                    .organisations(SPORTS_SERVICE, "Sportdienst {gemeente}")
                    .organisations(SPORTS_CLUBS, "Turnkring {naam}", "Zwemclub {naam}", "Sportclub {naam}")
                    .classify(MEETING_COHESION, List.of(SOCIAL_SUPPORT_COHESION), CULTURE_SPORT_LEISURE, HEALTHCARE)
                    .essential("PLAY_LEISURE_CULTURE_SPORT")
                    .taxonomy("1285")
                    .ages(30, 144, CHILDREN)
                    .costs(CostPlan.FIXED_WITH_UITPAS)
                    .access(REGISTRATION)
                    .serviceNames("Sportclub {naam}")
                    .activityNames(
                            "Kleuterturnen",
                            "Zwemles voor kinderen",
                            "Multimove voor kleuters",
                            "Sportsnack na school",
                            "Kleuterdans op {dag}",
                            "Voetbal voor meisjes en jongens")
                    .summaries(
                            "Bewegen, springen en rollen op muziek, voor kleuters van 3 tot 6 jaar.",
                            "Leren zwemmen in kleine groepjes met een ervaren lesgever.",
                            "Elke week een andere sport proberen, na school.")
                    .descriptions(
                            "Een reeks van tien lessen; je kan een proefles volgen.",
                            "Met de UiTPAS met kansentarief betaal je maar 20 procent.",
                            "Ouders kunnen kijken vanop de tribune.")
                    .bring("Sportkleren en een drinkbus", "Zwemgerief en een handdoek")
                    .translation("fr", "Sport pour enfants", "Bouger, sauter et rouler en musique.")
                    .translation("en", "Sports for children", "Move, jump and roll to music."),
            SyntheticTheme.of("voorlezen", 3)
                    .activities(0.95, Rhythm.MONTHLY)
                    .organisations(LIBRARY, "Bibliotheek {gemeente}")
                    .organisations(CULTURE_SERVICE, "Cultuurdienst {gemeente}")
                    .classify(MEETING_COHESION, List.of(INFORMATION_ADVICE), EDUCATION, CULTURE_SPORT_LEISURE)
                    .essential("PLAY_LEISURE_CULTURE_SPORT")
                    .taxonomy("1319")
                    .ages(0, 96, CHILDREN, PARENTS_AND_CARERS)
                    .costs(CostPlan.FREE)
                    .access(WALK_IN)
                    .serviceNames("Boekstart in de bibliotheek")
                    .activityNames(
                            "Voorleesuurtje",
                            "Boekenbaby's: voorlezen voor de allerkleinsten",
                            "Verhalen in je eigen taal",
                            "Voorlezen op {dag}",
                            "Poppenkast in de bibliotheek")
                    .summaries(
                            "Samen luisteren naar verhalen, zingen en prenten kijken.",
                            "Voorlezen voor baby's en peuters met hun ouders.",
                            "Verhalen in het Nederlands en in andere talen.")
                    .descriptions(
                            "Na het voorlezen kan je boeken lenen met je gratis lidkaart.",
                            "Elke maand een nieuw thema.",
                            "Je krijgt een Boekstartpakket voor je baby.")
                    .translation("fr", "Heure du conte", "Écouter des histoires ensemble.")
                    .translation("en", "Story time", "Listening to stories together.")
                    .translation("ar", "ساعة الحكايات", "الاستماع إلى القصص معًا.")
                    .translation("tr", "Hikaye saati", "Birlikte hikaye dinlemek."),
            SyntheticTheme.of("opvoedingslijn", 2)
                    .services(Rhythm.WORKDAYS)
                    .onlineOnly()
                    .organisations(PARENTING_HELPLINE, "Opvoedingslijn {naam}", "Ouderchat {naam}")
                    .classify(
                            PARENTING_SUPPORT,
                            List.of(INFORMATION_ADVICE, EMOTIONAL_SUPPORT),
                            PARENTING,
                            MENTAL_WELLBEING)
                    .essential("PREVENTIVE_FAMILY_SUPPORT_AND_HEALTH")
                    .taxonomy("1305", "1316")
                    .ages(0, 216, PARENTS_AND_CARERS)
                    .costs(CostPlan.FREE)
                    .access(WALK_IN)
                    .serviceNames(
                            "Opvoedingslijn: bel of chat met je vraag",
                            "Online oudercursus",
                            "Chat voor jongeren",
                            "Telefonisch advies over opvoeden")
                    .summaries(
                            "Anoniem bellen of chatten met een opvoedingsdeskundige.",
                            "Antwoord op je vragen over opvoeden, ook 's avonds.")
                    .descriptions(
                            "Je hoeft je naam niet te zeggen.",
                            "Je kan ook mailen; je krijgt binnen twee werkdagen antwoord.")
                    .translation("fr", "Ligne parents", "Appelez ou chattez avec un spécialiste de l'éducation.")
                    .translation("en", "Parenting helpline", "Call or chat with a parenting expert."),
            SyntheticTheme.of("sociaal-huis", 3)
                    .services(Rhythm.HALF_DAYS)
                    .activities(0.05, Rhythm.MONTHLY)
                    .organisations(PUBLIC_SOCIAL_WELFARE_CENTRE, "OCMW {gemeente}")
                    .organisations(LOCAL_AUTHORITY, "Sociaal huis {gemeente}")
                    .classify(
                            PARENTING_SUPPORT,
                            List.of(SupportFunction.PRACTICAL_SUPPORT, INFORMATION_ADVICE),
                            SOCIO_ECONOMIC)
                    .essential("FUNDAMENTAL_RIGHTS_SUPPORT")
                    .taxonomy("1232", "1263", "1293")
                    .ages(-9, 288, PARENTS_AND_CARERS)
                    .costs(CostPlan.FREE)
                    .access(APPOINTMENT, WALK_IN)
                    .serviceNames(
                            "Sociaal huis: hulp bij je rechten",
                            "Schuldhulpverlening",
                            "Hulp bij het groeipakket en de schooltoeslag",
                            "Budgetbegeleiding",
                            "Tegemoetkoming in de kosten van kinderopvang")
                    .activityNames("Infosessie over de schooltoeslag")
                    .summaries(
                            "Hulp bij het aanvragen van het groeipakket, de schooltoeslag en andere rechten.",
                            "Samen orde brengen in je rekeningen en schulden.",
                            "Een maatschappelijk werker zoekt samen met jou naar oplossingen.")
                    .descriptions(
                            "We bekijken welke premies en tegemoetkomingen je kan krijgen.",
                            "Een gesprek is gratis en vertrouwelijk.")
                    .bring("Je identiteitskaart en je laatste rekeningen", "Je aanslagbiljet")
                    .translation("fr", "Maison sociale", "Aide pour vos droits et vos factures.")
                    .translation("en", "Social welfare office", "Help with your rights, benefits and bills.")
                    .translation("ar", "البيت الاجتماعي", "المساعدة في حقوقك وفواتيرك.")
                    .translation("tr", "Sosyal hizmetler", "Haklarınız ve faturalarınız için yardım."),
            SyntheticTheme.of("clb", 2)
                    .services(Rhythm.WORKDAYS)
                    .activities(0.05, Rhythm.MONTHLY)
                    .organisations(PUPIL_GUIDANCE_CENTRE, "CLB {naam}", "Vrij CLB {gemeente}")
                    .classify(
                            PREVENTIVE_HEALTH,
                            List.of(INFORMATION_ADVICE, EARLY_IDENTIFICATION_REFERRAL),
                            EDUCATION,
                            HEALTHCARE)
                    .essential("CHILD_CARE_AND_EDUCATION")
                    .taxonomy("1296", "1342")
                    .ages(30, 216, CHILDREN, YOUNGSTERS, PARENTS_AND_CARERS)
                    .costs(CostPlan.FREE)
                    .access(APPOINTMENT)
                    .serviceNames(
                            "Leerlingenbegeleiding door het CLB",
                            "Onthaal CLB: vragen over leren en studiekeuze",
                            "Vaccinaties en medisch onderzoek op school")
                    .activityNames("Infoavond studiekeuze")
                    .summaries(
                            "Voor vragen over leren, studiekeuze, gezondheid en welbevinden op school.",
                            "Het CLB onderzoekt je kind op school en geeft gratis vaccinaties.")
                    .descriptions("Het CLB is gratis en werkt onafhankelijk van de school.")
                    .translation("fr", "Centre PMS", "Questions sur l'apprentissage et le choix d'études.")
                    .translation("en", "Pupil guidance centre", "Questions about learning and choosing a study."),
            SyntheticTheme.of("crisisopvang", 1.3)
                    .services(Rhythm.ROUND_THE_CLOCK)
                    .confidentialPlaces()
                    .organisations(GENERAL_WELFARE_CENTRE, "CAW {gemeente}")
                    .classify(
                            PARENTING_SUPPORT, List.of(INTENSIVE_HELP), LifeDomain.PRACTICAL_SUPPORT, MENTAL_WELLBEING)
                    .essential("FUNDAMENTAL_RIGHTS_SUPPORT")
                    .taxonomy("1124", "1125")
                    .ages(-9, 288, PARENTS_AND_CARERS, CHILDREN)
                    .costs(CostPlan.FREE)
                    .access(REFERRAL_NEEDED, APPOINTMENT)
                    .serviceNames(
                            "Opvang bij geweld in het gezin",
                            "Vluchthuis voor moeders met kinderen",
                            "Crisisopvang voor gezinnen")
                    .summaries(
                            "Een veilige plek voor jou en je kinderen als het thuis niet veilig is.",
                            "Dag en nacht bereikbaar; het adres blijft geheim.")
                    .descriptions(
                            "Bel ons: we spreken een veilige plek af om elkaar te ontmoeten.",
                            "Begeleiders helpen je verder met wonen, geld en de school van je kinderen.")
                    .translation("fr", "Hébergement d'urgence", "Un lieu sûr pour vous et vos enfants.")
                    .translation("en", "Emergency shelter", "A safe place for you and your children."),
            SyntheticTheme.of("gezinsondersteuning", 2)
                    .services(Rhythm.WORKDAYS)
                    .organisations(HOME_VISITING_VOLUNTEERS, "Home-Start {gemeente}", "Gezinsondersteuning {naam}")
                    .classify(
                            PARENTING_SUPPORT,
                            List.of(EMOTIONAL_SUPPORT, SupportFunction.PRACTICAL_SUPPORT),
                            PARENTING,
                            SOCIAL_COHESION)
                    .essential("PREVENTIVE_FAMILY_SUPPORT_AND_HEALTH")
                    .taxonomy("1306", "1308")
                    .ages(-9, 72, PARENTS_AND_CARERS, PARENTS_TO_BE)
                    .costs(CostPlan.FREE)
                    .access(REGISTRATION)
                    .serviceNames(
                            "Een vrijwilliger komt bij je thuis",
                            "Gezinsondersteuning aan huis",
                            "Buddy voor jonge ouders")
                    .summaries(
                            "Een vrijwilliger komt elke week een paar uur langs om te luisteren en te helpen.",
                            "Steun voor ouders met jonge kinderen die er alleen voor staan.")
                    .descriptions(
                            "De vrijwilligers zijn zelf ouder en krijgen een opleiding.",
                            "De steun duurt zo lang als jij dat nodig vindt, meestal een jaar.")
                    .translation("en", "Home visiting volunteers", "A volunteer visits every week to help."));

    private SyntheticThemes() {}
}
