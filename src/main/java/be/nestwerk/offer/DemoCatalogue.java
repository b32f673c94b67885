package be.nestwerk.offer;

import static be.nestwerk.offer.AccessMode.*;
import static be.nestwerk.offer.Audience.*;
import static be.nestwerk.offer.LifeDomain.*;
import static be.nestwerk.offer.Pillar.*;
import static be.nestwerk.offer.SupportFunction.*;
import static java.time.DayOfWeek.*;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/** The fictional offers of the demo networks; every organisation is "(fictief)", the places are real streets. */
final class DemoCatalogue {

    static final String OPVOEDINGSWINKEL = "Opvoedingswinkel Mechelen (fictief)";
    static final String IN_REVIEW = "Peuterturnen in de sporthal";

    private DemoCatalogue() {}

    static List<DemoOffer> mechelen(LocalDate today) {
        return List.of(
                DemoOffer.service(
                                "Consultatiebureau De Kleine Stap (fictief)",
                                "Consultatiebureau voor baby's en peuters",
                                "Gratis opvolging van de groei en ontwikkeling van je kind, met vaccinaties.")
                        .describe(
                                "Een verpleegkundige en een arts volgen je kind op van de geboorte tot 3 jaar: wegen,"
                                        + " meten, vaccineren en al je vragen over voeding, slapen en huilen.",
                                "Maak een afspraak via de Kind en Gezin-lijn of kom langs tijdens de openingsuren.",
                                "Het boekje van je kind en de Kids-ID of ISI+-kaart")
                        .text(
                                "fr",
                                "Consultation pour bébés et tout-petits",
                                "Suivi gratuit de la croissance de votre enfant, avec vaccinations.",
                                null)
                        .text(
                                "en",
                                "Child health clinic for babies and toddlers",
                                "Free check-ups of your child's growth and development, with vaccinations.",
                                null)
                        .text(
                                "ar",
                                "مكتب الاستشارة للرضع والأطفال الصغار",
                                "متابعة مجانية لنمو طفلك وتطوره، مع التطعيمات.",
                                null)
                        .classify(PREVENTIVE_HEALTH, INFORMATION_ADVICE, HEALTHCARE)
                        .taxonomy("1206")
                        .forAges(0, 36, PARENTS_AND_CARERS, CHILDREN)
                        .inLanguages(true, "nl", "fr", "en", "ar")
                        .costs(CostKind.FREE, null, null)
                        .access(APPOINTMENT, WALK_IN)
                        .contact("kleinestap@mechelen.example.org", "015 00 00 10", null)
                        .at("Consultatiebureau De Kleine Stap", "Befferstraat 10", "2800", 51.0296, 4.4822)
                        .open(TUESDAY, "09:00", "12:00")
                        .open(THURSDAY, "13:30", "17:00"),
                DemoOffer.service(
                                OPVOEDINGSWINKEL,
                                "Opvoedingsspreekuur",
                                "Met al je vragen over opvoeden kan je zonder afspraak langskomen.")
                        .describe(
                                "Driftbuien, slapen, pesten, puberteit of schermtijd: een opvoedingsondersteuner"
                                        + " luistert en zoekt samen met jou wat werkt in jullie gezin.",
                                "Kom binnen tijdens het spreekuur, of bel voor een afspraak op een ander moment.",
                                null)
                        .text(
                                "tr",
                                "Ebeveynlik danışma saati",
                                "Çocuk yetiştirme ile ilgili tüm sorularınız için randevusuz gelebilirsiniz.",
                                null)
                        .text(
                                "en",
                                "Parenting advice drop-in",
                                "Drop in without an appointment with any question about bringing up children.",
                                null)
                        .classify(PARENTING_SUPPORT, INFORMATION_ADVICE, PARENTING)
                        .taxonomy("1315")
                        .forAges(0, 216, PARENTS_AND_CARERS)
                        .inLanguages(true, "nl", "en", "tr")
                        .costs(CostKind.FREE, null, null)
                        .access(WALK_IN, APPOINTMENT)
                        .contact("opvoedingswinkel@mechelen.example.org", "015 00 00 20", null)
                        .at("Opvoedingswinkel", "Onze-Lieve-Vrouwestraat 40", "2800", 51.0235, 4.4786)
                        .open(WEDNESDAY, "13:00", "17:00")
                        .open(SATURDAY, "10:00", "12:00"),
                DemoOffer.activity(
                                OPVOEDINGSWINKEL,
                                "Babymassage voor ouders en baby's",
                                "Vier keer samen leren hoe je je baby rustig masseert.")
                        .describe(
                                "In een kleine groep leer je stap voor stap je baby masseren. Het helpt je baby"
                                        + " ontspannen en het is een fijn moment samen.",
                                "Inschrijven is nodig: de groep is klein.",
                                "Een handdoek en een flesje olie zonder geur")
                        .classify(PARENTING_SUPPORT, EMOTIONAL_SUPPORT, PARENTING)
                        .forAges(1, 6, PARENTS_AND_CARERS, CHILDREN)
                        .inLanguages(false, "nl")
                        .costs(CostKind.FIXED_PRICE, "5.00", null)
                        .costs(CostKind.UITPAS_REDUCED, "1.00", null)
                        .access(REGISTRATION)
                        .contact("opvoedingswinkel@mechelen.example.org", "015 00 00 20", null)
                        .at("Opvoedingswinkel", "Onze-Lieve-Vrouwestraat 40", "2800", 51.0235, 4.4786)
                        .session(next(today, MONDAY), "10:00", "11:30", "FREQ=WEEKLY;BYDAY=MO;COUNT=26", 8, 3),
                DemoOffer.service(
                                "Kinderopvang Het Nestje (fictief)",
                                "Kinderopvang voor baby's en peuters",
                                "Opvang van je kind op werkdagen, met een prijs volgens je inkomen.")
                        .describe(
                                "Een warme groepsopvang met 18 plaatsen, open op werkdagen van 7 tot 18.30 uur.",
                                "Registreer je opvangvraag via het Loket Kinderopvang of bel ons.",
                                null)
                        .classify(PARENTING_SUPPORT, SupportFunction.PRACTICAL_SUPPORT, CHILDCARE)
                        .taxonomy("1280")
                        .forAges(0, 36, CHILDREN, PARENTS_AND_CARERS)
                        .inLanguages(false, "nl", "fr")
                        .costs(CostKind.INCOME_RELATED, "2.46", "33.65")
                        .access(REGISTRATION)
                        .contact("nestje@mechelen.example.org", "015 00 00 30", null)
                        .at("Kinderopvang Het Nestje", "Hanswijkvaart 5", "2800", 51.0190, 4.4840)
                        .open(MONDAY, "07:00", "18:30")
                        .open(TUESDAY, "07:00", "18:30")
                        .open(WEDNESDAY, "07:00", "18:30")
                        .open(THURSDAY, "07:00", "18:30")
                        .open(FRIDAY, "07:00", "18:30"),
                DemoOffer.activity(
                                "Bibliotheek De Leesboom (fictief)",
                                "Voorleesuurtje voor kleuters",
                                "Elke zaterdag lezen we voor uit prentenboeken, in het Nederlands en soms in andere"
                                        + " talen.")
                        .describe(
                                "Kom met je kleuter luisteren naar verhalen. Daarna kan je samen boeken lenen.",
                                "Je hoeft niet in te schrijven, kom gewoon binnen.",
                                null)
                        .text("en", "Story time for young children", "Every Saturday we read picture books.", null)
                        .classify(MEETING_COHESION, SOCIAL_SUPPORT_COHESION, CULTURE_SPORT_LEISURE, EDUCATION)
                        .forAges(24, 96, CHILDREN, PARENTS_AND_CARERS)
                        .inLanguages(false, "nl", "en", "ar")
                        .costs(CostKind.FREE, null, null)
                        .access(WALK_IN)
                        .contact("leesboom@mechelen.example.org", null, null)
                        .at("Bibliotheek De Leesboom", "Blokstraat 21", "2800", 51.0281, 4.4812)
                        .session(next(today, SATURDAY), "10:30", "11:15", "FREQ=WEEKLY;BYDAY=SA;COUNT=40", null, null),
                DemoOffer.activity(
                                "Bibliotheek De Leesboom (fictief)",
                                "Huiswerkklas in de bibliotheek",
                                "Hulp bij je huiswerk na school, met vrijwilligers en een rustige plek.")
                        .describe(
                                "Vrijwilligers helpen kinderen van de lagere school met lezen, rekenen en plannen.",
                                "Inschrijven bij de balie van de bibliotheek.",
                                "Je boekentas en je agenda")
                        .classify(MEETING_COHESION, SupportFunction.PRACTICAL_SUPPORT, EDUCATION)
                        .taxonomy("1343")
                        .forAges(72, 144, CHILDREN)
                        .inLanguages(false, "nl")
                        .costs(CostKind.FREE, null, null)
                        .access(REGISTRATION)
                        .at("Bibliotheek De Leesboom", "Blokstraat 21", "2800", 51.0281, 4.4812)
                        .session(next(today, TUESDAY), "16:00", "17:30", "FREQ=WEEKLY;BYDAY=TU,TH;COUNT=60", 20, 6),
                DemoOffer.service(
                                "CAW Demostad (fictief)",
                                "Hulp en opvang bij geweld in het gezin",
                                "Vertrouwelijke hulp en een veilige opvangplek voor ouders en kinderen.")
                        .describe(
                                "Wie thuis niet veilig is, kan bij ons terecht voor een gesprek, advies en zo nodig"
                                        + " een veilige opvangplek. Het adres geven we alleen aan wie er verblijft.",
                                "Bel ons, dag en nacht. Je hoeft niets te regelen vooraf.",
                                null)
                        .classify(PARENTING_SUPPORT, INTENSIVE_HELP, MENTAL_WELLBEING, YOUTH_CARE)
                        .forAges(-9, 288, PARENTS_AND_CARERS, CHILDREN, YOUNGSTERS)
                        .forSpecificNeeds()
                        .inLanguages(true, "nl", "fr", "en")
                        .costs(CostKind.FREE, null, null)
                        .access(WALK_IN, REFERRAL_NEEDED)
                        .contact(null, "015 00 00 40", null)
                        .atConfidentialPlace("Vluchthuis (adres vertrouwelijk)", "2800"),
                DemoOffer.service(
                                "OCMW Mechelen (fictief)",
                                "Luierbank en voedselhulp",
                                "Luiers, babyvoeding en voedselpakketten voor gezinnen die het moeilijk hebben.")
                        .describe(
                                "Bij de luierbank krijg je gratis luiers en babyvoeding. Een maatschappelijk werker"
                                        + " bekijkt samen met jou welke rechten en andere hulp er nog zijn.",
                                "Een maatschappelijk werker of een partner van het Huis van het Kind verwijst je door.",
                                "Je identiteitskaart")
                        .classify(
                                PARENTING_SUPPORT,
                                SupportFunction.PRACTICAL_SUPPORT,
                                LifeDomain.PRACTICAL_SUPPORT,
                                SOCIO_ECONOMIC)
                        .taxonomy("1157", "1130")
                        .forAges(0, 36, PARENTS_AND_CARERS)
                        .forSpecificNeeds()
                        .inLanguages(true, "nl", "fr", "en", "ar", "ro")
                        .costs(CostKind.FREE, null, null)
                        .access(REFERRAL_NEEDED)
                        .contact("sociaal@mechelen.example.org", "015 00 00 50", null)
                        .at("Sociaal Huis", "Lange Schipstraat 27", "2800", 51.0305, 4.4773)
                        .open(FRIDAY, "09:00", "12:00"),
                DemoOffer.activity(
                                "Vroedvrouwenpraktijk Levensbegin (fictief)",
                                "Zwangerschapscursus: samen naar de geboorte",
                                "Vier avonden over de bevalling, borstvoeding en de eerste weken thuis.")
                        .describe(
                                "Een vroedvrouw bereidt jou en je partner voor op de bevalling en de eerste weken.",
                                "Inschrijven via e-mail of telefoon.",
                                null)
                        .classify(PREVENTIVE_HEALTH, INFORMATION_ADVICE, HEALTHCARE, PARENTING)
                        .taxonomy("1217")
                        .forAges(-9, 0, PARENTS_TO_BE)
                        .inLanguages(false, "nl", "en")
                        .costs(CostKind.FIXED_PRICE, "40.00", null)
                        .access(REGISTRATION)
                        .contact("levensbegin@mechelen.example.org", "015 00 00 60", null)
                        .at("Vroedvrouwenpraktijk Levensbegin", "Adegemstraat 3", "2800", 51.0322, 4.4701)
                        .session(next(today, THURSDAY), "19:30", "21:30", "FREQ=MONTHLY;BYDAY=1TH;COUNT=6", 12, 12),
                DemoOffer.activity(
                                "Buurtwerk De Ster (fictief)",
                                "Ouderkoffie in de buurt",
                                "Elke vrijdagochtend koffie, thee en een babbel met andere ouders.")
                        .describe(
                                "Ontmoet andere ouders uit de buurt. De kinderen spelen in de speelhoek.",
                                "Kom gewoon binnen.",
                                null)
                        .text("ar", "قهوة الوالدين في الحي", "كل صباح جمعة قهوة وشاي وحديث مع آباء آخرين.", null)
                        .classify(MEETING_COHESION, SOCIAL_SUPPORT_COHESION, SOCIAL_COHESION)
                        .forAges(-9, 144, PARENTS_AND_CARERS, PARENTS_TO_BE)
                        .inLanguages(false, "nl", "ar", "tr")
                        .costs(CostKind.FREE, null, null)
                        .access(WALK_IN)
                        .at("Buurthuis De Ster", "Kerkhofweg 8", "2800", 51.0379, 4.4906)
                        .session(next(today, FRIDAY), "09:00", "11:00", "FREQ=WEEKLY;BYDAY=FR;COUNT=40", null, null),
                DemoOffer.activity(
                                "Jeugdwerk De Speelvogels (fictief)",
                                "Speelnamiddag op het plein",
                                "Elke woensdagnamiddag spelen, knutselen en sporten met animatoren.")
                        .describe("Voor kinderen van 3 tot 12 jaar, gratis en zonder inschrijving.", "Kom langs.", null)
                        .classify(MEETING_COHESION, SOCIAL_SUPPORT_COHESION, CULTURE_SPORT_LEISURE)
                        .forAges(36, 144, CHILDREN)
                        .inLanguages(false, "nl", "fr")
                        .costs(CostKind.FREE, null, null)
                        .access(WALK_IN)
                        .at("Speelplein Heffen", "Heffensteenweg 2", "2801", 51.0490, 4.4231)
                        .session(next(today, WEDNESDAY), "13:30", "16:30", "FREQ=WEEKLY;BYDAY=WE;COUNT=30", 40, 25),
                DemoOffer.service(
                                "CLB De Brug (fictief)",
                                "Vragen over school en leren",
                                "Het CLB helpt bij vragen over leren, studiekeuze, gezondheid en welbevinden op"
                                        + " school.")
                        .describe(
                                "Ouders en leerlingen kunnen gratis en vertrouwelijk bij het CLB terecht.",
                                "Maak een afspraak, of vraag het aan de school.",
                                null)
                        .classify(PARENTING_SUPPORT, EARLY_IDENTIFICATION_REFERRAL, EDUCATION, MENTAL_WELLBEING)
                        .forAges(30, 216, CHILDREN, YOUNGSTERS, PARENTS_AND_CARERS)
                        .inLanguages(true, "nl", "fr", "en")
                        .costs(CostKind.FREE, null, null)
                        .access(APPOINTMENT)
                        .contact("clb@mechelen.example.org", "015 00 00 70", null)
                        .at("CLB De Brug", "Frederik de Merodestraat 20", "2800", 51.0248, 4.4735)
                        .open(MONDAY, "08:30", "16:30")
                        .open(WEDNESDAY, "08:30", "12:00"),
                DemoOffer.service(
                                "Stad Mechelen – dienst Kind en Gezin (fictief)",
                                "Opvoedingslijn: bellen of chatten",
                                "Anoniem en gratis een opvoedingsvraag stellen, telefonisch of via chat.")
                        .describe(
                                "Een opvoedingsondersteuner beantwoordt je vraag en zoekt met je mee.",
                                "Bel of chat op werkdagen.",
                                null)
                        .classify(PARENTING_SUPPORT, INFORMATION_ADVICE, PARENTING)
                        .forAges(-9, 288, PARENTS_AND_CARERS, PARENTS_TO_BE)
                        .inLanguages(false, "nl")
                        .costs(CostKind.FREE, null, null)
                        .access(WALK_IN)
                        .contact(null, "078 15 00 10", "https://mechelen.example.org/opvoedingslijn")
                        .onlineAndByPhone()
                        .open(MONDAY, "09:00", "17:00")
                        .open(TUESDAY, "09:00", "17:00")
                        .open(THURSDAY, "09:00", "17:00"));
    }

    /** An offer of the partner admin's organisation, submitted and waiting for the coordinator. */
    static DemoOffer inReview(LocalDate today) {
        return DemoOffer.activity(OPVOEDINGSWINKEL, IN_REVIEW, "Bewegen, klimmen en spelen voor peuters met een ouder.")
                .classify(MEETING_COHESION, SOCIAL_SUPPORT_COHESION, CULTURE_SPORT_LEISURE)
                .forAges(18, 48, CHILDREN, PARENTS_AND_CARERS)
                .inLanguages(false, "nl")
                .costs(CostKind.FIXED_PRICE, "3.00", null)
                .access(REGISTRATION)
                .at("Sporthal Nekker", "Nekkerspoel-Borcht 19", "2800", 51.0150, 4.4990)
                .session(next(today, SUNDAY), "10:00", "11:00", "FREQ=WEEKLY;BYDAY=SU;COUNT=20", 15, 15);
    }

    static List<DemoOffer> turnhout(LocalDate today) {
        return List.of(
                DemoOffer.service(
                                "Consultatiebureau Kempenkind (fictief)",
                                "Consultatiebureau Kempenkind",
                                "Gratis opvolging van baby's en peuters, met vaccinaties.")
                        .classify(PREVENTIVE_HEALTH, INFORMATION_ADVICE, HEALTHCARE)
                        .forAges(0, 36, PARENTS_AND_CARERS, CHILDREN)
                        .inLanguages(false, "nl")
                        .costs(CostKind.FREE, null, null)
                        .access(APPOINTMENT)
                        .at("Consultatiebureau Kempenkind", "Grote Markt 1", "2300", 51.3227, 4.9447)
                        .open(MONDAY, "09:00", "12:00"),
                DemoOffer.activity(
                                "Speel-o-theek De Dobbelsteen (fictief)",
                                "Speelgoed lenen in de speel-o-theek",
                                "Leen speelgoed en gezelschapsspelen, en speel ter plaatse met andere gezinnen.")
                        .classify(MEETING_COHESION, SOCIAL_SUPPORT_COHESION, CULTURE_SPORT_LEISURE)
                        .forAges(0, 144, CHILDREN, PARENTS_AND_CARERS)
                        .inLanguages(false, "nl")
                        .costs(CostKind.FIXED_PRICE, "10.00", null)
                        .costs(CostKind.UITPAS_REDUCED, "2.00", null)
                        .access(WALK_IN)
                        .at("Speel-o-theek De Dobbelsteen", "Warandestraat 10", "2300", 51.3190, 4.9390)
                        .session(next(today, SATURDAY), "14:00", "17:00", "FREQ=WEEKLY;BYDAY=SA;COUNT=30", null, null));
    }

    private static LocalDate next(LocalDate today, DayOfWeek day) {
        return today.with(TemporalAdjusters.nextOrSame(day));
    }
}
