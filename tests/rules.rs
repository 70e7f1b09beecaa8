//! Extraction rules on short invented sentences: one test per linguistic pattern, through the
//! public library API (`extract::extract`). The names are made up, so no test can pass by
//! knowing an article; each asserts what any correct reading of the sentence must give.

use newsgraph::kinds::{EntityKind, EventKind, Modality, RelationKind, Role};
use newsgraph::{Document, extract};

/// An entity: label, kind, aliases, titles.
type Ent = (String, EntityKind, Vec<String>, Vec<String>);
/// An event: kind, (role, participant label), modality.
type Ev = (EventKind, Vec<(Role, String)>, Modality);

/// What one text yields, by label.
struct Read {
    entities: Vec<Ent>,
    relations: Vec<(String, RelationKind, String)>,
    events: Vec<Ev>,
}

fn read(text: &str) -> Read {
    let doc = Document::new("rules", text);
    let ann = extract::extract(&doc);
    let label = |e: usize| ann.entities[e].label.clone();
    Read {
        entities: ann
            .entities
            .iter()
            .map(|e| (e.label.clone(), e.kind, e.aliases.iter().cloned().collect(), e.titles.iter().cloned().collect()))
            .collect(),
        relations: ann.relations.iter().map(|r| (label(r.subject), r.kind, label(r.object))).collect(),
        events: ann
            .events
            .iter()
            .map(|ev| (ev.kind, ev.args.iter().map(|a| (a.role, label(a.entity))).collect(), ev.modality))
            .collect(),
    }
}

impl Read {
    fn entity(&self, label: &str) -> &Ent {
        self.entities
            .iter()
            .find(|e| e.0 == label)
            .unwrap_or_else(|| panic!("no entity {label:?} in {:?}", self.labels()))
    }
    fn labels(&self) -> Vec<&str> {
        self.entities.iter().map(|e| e.0.as_str()).collect()
    }
    fn has_relation(&self, s: &str, k: RelationKind, o: &str) -> bool {
        self.relations.iter().any(|r| r.0 == s && r.1 == k && r.2 == o)
    }
    fn event(&self, k: EventKind) -> &Ev {
        self.events.iter().find(|e| e.0 == k).unwrap_or_else(|| panic!("no {k} event in {:?}", self.events))
    }
    /// Some event of kind `k` has `who` in role `r` (there must be one of that kind).
    fn role(&self, k: EventKind, r: Role, who: &str) -> bool {
        self.event(k);
        self.events.iter().filter(|e| e.0 == k).any(|e| e.1.iter().any(|a| a.0 == r && a.1 == who))
    }
    fn takes_part(&self, k: EventKind, who: &str) -> bool {
        self.event(k);
        self.events.iter().filter(|e| e.0 == k).any(|e| e.1.iter().any(|a| a.1 == who))
    }
}

#[test]
fn a_description_in_apposition_after_a_name_is_that_person() {
    let r = read(
        "Tomas Arkwell, the former finance minister of Portugal, was arrested in Lisbon on Tuesday. \
         Finance Minister Rosa Lind said she was surprised.",
    );
    let arkwell = r.entity("Tomas Arkwell");
    assert!(arkwell.3.iter().any(|t| t == "finance minister"), "the description is his title: {:?}", arkwell.3);
    assert!(r.has_relation("Tomas Arkwell", RelationKind::AffiliatedWith, "Portugal"), "{:?}", r.relations);
    assert!(!r.relations.iter().any(|x| x.0 == "Rosa Lind" && x.2 == "Portugal"), "{:?}", r.relations);
    assert!(r.role(EventKind::Arrest, Role::Patient, "Tomas Arkwell"), "{:?}", r.events);
}

#[test]
fn a_description_in_apposition_before_a_name_is_that_person() {
    let r = read("The former finance minister, Tomas Arkwell, denied the charges. Rosa Lind, a judge, spoke later.");
    assert!(r.entity("Tomas Arkwell").3.iter().any(|t| t == "finance minister"), "{:?}", r.entities);
    assert_eq!(r.entity("Rosa Lind").1, EntityKind::Person);
}

#[test]
fn an_object_pronoun_is_not_the_subject_of_its_own_clause() {
    let r = read(
        "Police detained Tomas Arkwell in Lisbon. Finance Minister Rosa Lind said she was surprised. \
         Spanish prosecutor Ivo Brand had charged him with fraud.",
    );
    assert!(r.role(EventKind::Charge, Role::Agent, "Ivo Brand"), "{:?}", r.events);
    assert!(
        r.role(EventKind::Charge, Role::Patient, "Tomas Arkwell"),
        "'him' skips Brand and Lind (she): {:?}",
        r.events
    );
}

#[test]
fn at_the_request_of_a_country_instigates_the_event() {
    let r = read("Tomas Arkwell was arrested in Lisbon by police at the request of Spain.");
    assert!(r.role(EventKind::Arrest, Role::Instigator, "Spain"), "{:?}", r.events);
    assert!(r.role(EventKind::Request, Role::Agent, "Spain"), "{:?}", r.events);
    assert!(r.role(EventKind::Arrest, Role::Patient, "Tomas Arkwell"), "{:?}", r.events);
}

#[test]
fn a_possessive_title_chain_ties_the_person_to_the_country() {
    let r = read("Brazil's foreign minister, Ana Costa, met Chilean President Pablo Ortiz in Santiago on Monday.");
    assert!(r.has_relation("Ana Costa", RelationKind::AffiliatedWith, "Brazil"), "{:?}", r.relations);
    // a president leads his country; a minister does not lead hers, and "Ana Costa, met Chilean"
    // is no apposition
    assert!(r.has_relation("Pablo Ortiz", RelationKind::LeaderOf, "Chile"), "{:?}", r.relations);
    assert!(!r.relations.iter().any(|x| x.0 == "Ana Costa" && x.1 == RelationKind::LeaderOf), "{:?}", r.relations);
    assert!(!r.relations.iter().any(|x| x.0 == "Ana Costa" && x.2 == "Chile"), "{:?}", r.relations);
    assert!(r.role(EventKind::Meet, Role::Partner, "Pablo Ortiz"), "{:?}", r.events);
}

#[test]
fn long_titles_with_of_for_and_in_stay_titles() {
    let r = read(
        "Kenyan Cabinet Secretary for Foreign Affairs Mary Otieno met Special Agent in Charge Paul Grimes. \
         Minister of Foreign Affairs Marcelo Duarte also attended.",
    );
    assert!(r.entity("Mary Otieno").3.iter().any(|t| t == "Cabinet Secretary for Foreign Affairs"), "{:?}", r.entities);
    assert!(r.entity("Paul Grimes").3.iter().any(|t| t == "Special Agent in Charge"), "{:?}", r.entities);
    assert_eq!(r.entity("Marcelo Duarte").1, EntityKind::Person);
    assert!(r.has_relation("Mary Otieno", RelationKind::AffiliatedWith, "Kenya"), "{:?}", r.relations);
    assert!(r.role(EventKind::Meet, Role::Agent, "Mary Otieno"), "{:?}", r.events);
    assert!(r.role(EventKind::Meet, Role::Partner, "Paul Grimes"), "{:?}", r.events);
}

#[test]
fn organization_names_with_possessives_and_connectors() {
    let r = read(
        "The Supreme Court of Justice and the Attorney General's Office rejected the appeal of the \
         People's Democratic Front. The Seamen's Union of Norway criticized Torvald Shipping Holdings of Singapore.",
    );
    for org in [
        "Supreme Court of Justice",
        "Attorney General's Office",
        "People's Democratic Front",
        "Seamen's Union of Norway",
        "Torvald Shipping Holdings",
    ] {
        assert_eq!(r.entity(org).1, EntityKind::Organization, "{org}");
    }
    assert!(r.has_relation("Torvald Shipping Holdings", RelationKind::BasedIn, "Singapore"), "{:?}", r.relations);
}

#[test]
fn based_modifiers_name_the_place() {
    let r = read("Orlen Bay, a Boston-based bank, agreed to acquire Miami-based Pike Freight.");
    assert_eq!(r.entity("Orlen Bay").1, EntityKind::Organization, "the apposition 'a ... bank' types it");
    assert!(r.has_relation("Orlen Bay", RelationKind::BasedIn, "Boston"), "{:?}", r.relations);
    assert!(r.has_relation("Pike Freight", RelationKind::BasedIn, "Miami"), "{:?}", r.relations);
    assert!(!r.labels().iter().any(|l| l.ends_with("-based")), "{:?}", r.labels());
    let acquire = r.event(EventKind::Acquire);
    assert!(r.role(EventKind::Acquire, Role::Agent, "Orlen Bay"), "over the apposition and 'agreed to': {acquire:?}");
    assert_eq!(acquire.2, Modality::Planned, "agreed to acquire is not done yet");
}

#[test]
fn a_company_and_its_legal_form_are_one_entity() {
    let r = read(
        "\"We will not negotiate,\" said Petra Holm, a spokeswoman for the Nordvik Energy Company. \
         According to Reuters, Nordvik Energy acquired Tallis Mining last year.",
    );
    assert!(r.entity("Nordvik Energy Company").2.iter().any(|a| a == "Nordvik Energy"), "{:?}", r.entities);
    assert!(r.has_relation("Petra Holm", RelationKind::SpokespersonOf, "Nordvik Energy Company"), "{:?}", r.relations);
    assert_eq!(r.event(EventKind::Acquire).2, Modality::Reported, "'according to' reports it");
}

#[test]
fn an_election_win_and_an_appointment_named_as() {
    let r = read(
        "Ruth Banda won the runoff, defeating incumbent President Amos Phiri. \
         She named Kofi Mensah, an economist, as her finance minister.",
    );
    assert!(r.role(EventKind::Elect, Role::Patient, "Ruth Banda"), "{:?}", r.events);
    assert!(r.role(EventKind::Appoint, Role::Agent, "Ruth Banda"), "'She' continues the subject: {:?}", r.events);
    assert!(r.role(EventKind::Appoint, Role::Patient, "Kofi Mensah"), "{:?}", r.events);
}

#[test]
fn passive_by_agent_negation_and_plans() {
    let r = read(
        "Karl Benning was detained by border agents in El Paso, Texas. Prosecutors said Benning never \
         threatened the witnesses. France plans to extradite him to Germany.",
    );
    assert!(r.role(EventKind::Arrest, Role::Patient, "Karl Benning"), "{:?}", r.events);
    assert!(r.role(EventKind::Arrest, Role::Agent, "border agents"), "{:?}", r.events);
    assert!(r.has_relation("El Paso", RelationKind::LocatedIn, "Texas"), "{:?}", r.relations);
    assert_eq!(r.event(EventKind::Threaten).2, Modality::Negated);
    let extradite = r.event(EventKind::Extradite);
    assert_eq!(extradite.2, Modality::Planned);
    assert!(r.role(EventKind::Extradite, Role::Patient, "Karl Benning"), "{extradite:?}");
    assert!(r.role(EventKind::Extradite, Role::Destination, "Germany"), "{extradite:?}");
}

#[test]
fn coordinated_patients_and_an_acronym_defined_inline() {
    let r = read(
        "Officers from the National Police Agency (NPA) charged Lena Voss and Omar Haddad with fraud. \
         The NPA said both had left the country.",
    );
    assert!(r.entity("National Police Agency").2.iter().any(|a| a == "NPA"), "{:?}", r.entities);
    assert!(
        r.takes_part(EventKind::Charge, "Lena Voss") && r.takes_part(EventKind::Charge, "Omar Haddad"),
        "{:?}",
        r.events
    );
}

#[test]
fn worked_at_after_a_set_off_clause_and_role_as() {
    let r = read("Marta Quell, who served as ambassador to Kenya, worked at the World Bank for ten years.");
    assert!(r.has_relation("Marta Quell", RelationKind::EmployeeOf, "World Bank"), "{:?}", r.relations);
    assert!(r.has_relation("Marta Quell", RelationKind::AffiliatedWith, "Kenya"), "{:?}", r.relations);
}

#[test]
fn who_leads_and_a_sub_unit_chief() {
    let r = read(
        "Congresswoman Ida Rask, who leads the Defense Committee, questioned the ministry. \
         The Interior Ministry's procurement chief, Olaf Brekke, resigned.",
    );
    assert!(r.has_relation("Ida Rask", RelationKind::LeaderOf, "Defense Committee"), "{:?}", r.relations);
    assert!(!r.has_relation("Olaf Brekke", RelationKind::LeaderOf, "Interior Ministry"), "{:?}", r.relations);
    assert!(r.role(EventKind::Resign, Role::Patient, "Olaf Brekke"), "{:?}", r.events);
}

#[test]
fn a_name_particle_stays_inside_the_name() {
    let r = read("Rebel leader Musa ag Ahmed threatened further attacks.");
    assert_eq!(r.entity("Musa ag Ahmed").1, EntityKind::Person);
    assert!(r.role(EventKind::Threaten, Role::Agent, "Musa ag Ahmed"), "{:?}", r.events);
}

#[test]
fn a_set_off_organization_is_the_subject_and_blamed_on_accuses() {
    let r = read(
        "But his party, the Progressive Alliance (PA), accused the commission of fraud. \
         Officials blamed the bombing on the Red Hand Brigade.",
    );
    let accusations: Vec<_> = r.events.iter().filter(|e| e.0 == EventKind::Accuse).collect();
    assert!(
        accusations.iter().any(|e| e.1.iter().any(|a| a.0 == Role::Agent && a.1 == "Progressive Alliance")),
        "{accusations:?}"
    );
    assert!(
        accusations.iter().any(|e| e.1.iter().any(|a| a.0 == Role::Patient && a.1 == "Red Hand Brigade")),
        "{accusations:?}"
    );
    assert!(r.role(EventKind::Attack, Role::Agent, "Red Hand Brigade"), "the blamed did it: {:?}", r.events);
    assert!(!r.role(EventKind::Attack, Role::Patient, "Red Hand Brigade"), "{:?}", r.events);
}

#[test]
fn a_possessed_description_before_a_titled_name() {
    let r = read("Niger's military leader, General Hamid Tchi, declared three days of mourning.");
    assert!(r.has_relation("Hamid Tchi", RelationKind::AffiliatedWith, "Niger"), "{:?}", r.relations);
    assert!(r.entity("Hamid Tchi").3.iter().any(|t| t == "General"), "{:?}", r.entities);
}

#[test]
fn a_plan_to_return_is_not_the_return_that_happened() {
    let r = read(
        "Four astronauts returned to Earth on Thursday. Ana Reyes, one of the crew, is scheduled to return to Tokyo next week.",
    );
    let returns: Vec<_> = r.events.iter().filter(|e| e.0 == EventKind::Return).collect();
    assert!(
        returns.iter().any(|e| e.2 == Modality::Planned && e.1.iter().any(|a| a.1 == "Tokyo")),
        "the planned trip is its own event: {returns:?}"
    );
    assert!(!returns.iter().any(|e| e.2 == Modality::Asserted && e.1.iter().any(|a| a.1 == "Tokyo")), "{returns:?}");
}

#[test]
fn blocked_assets_of_a_titled_list_are_sanctions_on_each() {
    let r = read(
        "The Treasury said it had blocked any U.S. assets of Judge Ana Obrero, police commissioner \
         Ramon Telo and Deputy Interior Minister Hilda Mena.",
    );
    for who in ["Ana Obrero", "Ramon Telo", "Hilda Mena"] {
        assert!(r.role(EventKind::Sanction, Role::Patient, who), "{who}: {:?}", r.events);
    }
    assert!(!r.takes_part(EventKind::Sanction, "United States"), "'U.S. assets' only modifies: {:?}", r.events);
}

#[test]
fn a_possessed_role_before_a_name_ties_it_to_the_owner_by_gender() {
    let r = read(
        "In addition to Hector Quinto, the Department is designating his spouse, Carla Ordonez, \
         and his adult son, Rodrigo Quinto.",
    );
    assert!(r.has_relation("Carla Ordonez", RelationKind::Family, "Hector Quinto"), "{:?}", r.relations);
    assert!(
        r.has_relation("Rodrigo Quinto", RelationKind::Family, "Hector Quinto"),
        "'his' is not Carla (a woman's given name): {:?}",
        r.relations
    );
    assert!(r.role(EventKind::Sanction, Role::Patient, "Carla Ordonez"), "{:?}", r.events);
    assert!(r.role(EventKind::Sanction, Role::Patient, "Rodrigo Quinto"), "{:?}", r.events);
}

#[test]
fn a_plural_role_names_a_list_and_a_craft_noun_after_a_name_makes_a_craft() {
    let r = read(
        "The Aurora capsule, carrying NASA astronauts Renata Olu and Marcus Webb, undocked from the station. \
         The capsule landed in Florida.",
    );
    assert!(r.has_relation("Renata Olu", RelationKind::EmployeeOf, "NASA"), "{:?}", r.relations);
    assert!(r.has_relation("Marcus Webb", RelationKind::EmployeeOf, "NASA"), "{:?}", r.relations);
    assert_eq!(r.entity("Aurora").1, EntityKind::Other, "{:?}", r.entities);
    assert!(r.role(EventKind::Return, Role::Patient, "Aurora"), "'the capsule' is Aurora: {:?}", r.events);
}

#[test]
fn a_bare_head_refers_to_the_nearest_organization_it_opens() {
    let r = read(
        "Today, the Department of State is designating Hector Quinto. The Department is also designating \
         Walter Paz. Later the Department of the Treasury acted. Kestrel Terminals said it agreed.",
    );
    assert!(r.entity("Department of State").2.iter().any(|a| a == "Department"), "{:?}", r.entities);
    assert!(!r.labels().contains(&"Department"), "{:?}", r.labels());
    assert_eq!(
        r.entity("Kestrel Terminals").1,
        EntityKind::Organization,
        "a sentence-initial common word opens a company name"
    );
    assert!(r.role(EventKind::Sanction, Role::Patient, "Walter Paz"), "{:?}", r.events);
}

#[test]
fn a_coordinated_verb_shares_the_subject_and_a_based_modifier_is_skipped() {
    let r = read(
        "Venezuelan authorities detained American journalist Hanna Kowal and accused her of espionage. \
         I condemn the detention of Hanna Kowal, a correspondent for the Miami-based Hemisphere Courier.",
    );
    assert!(r.role(EventKind::Arrest, Role::Patient, "Hanna Kowal"), "{:?}", r.events);
    assert!(r.role(EventKind::Accuse, Role::Agent, "authorities"), "{:?}", r.events);
    assert!(r.role(EventKind::Accuse, Role::Patient, "Hanna Kowal"), "{:?}", r.events);
    assert!(r.has_relation("Hanna Kowal", RelationKind::EmployeeOf, "Hemisphere Courier"), "{:?}", r.relations);
    assert!(!r.relations.iter().any(|x| x.0 == "Hanna Kowal" && x.2 == "Miami"), "{:?}", r.relations);
}

#[test]
fn an_unknown_first_word_is_the_short_form_of_a_company() {
    let r = read(
        "Danish shipping group Dralvik Maritime said it had agreed to buy a port. The deal would give \
         Dralvik control of 11 terminals. Dralvik said it hoped to finish early next year.",
    );
    let e = r.entity("Dralvik Maritime");
    assert_eq!(e.1, EntityKind::Organization, "{:?}", r.entities);
    assert!(e.2.iter().any(|a| a == "Dralvik"), "{:?}", r.entities);
    assert!(!r.labels().contains(&"Dralvik"), "{:?}", r.labels());
}

#[test]
fn a_country_is_never_located_in_its_city_and_a_person_s_place_is_no_participant() {
    let r = read("Prime Minister Olu Baraka met with Trade Minister Ines Varga of Chile in Santiago on Friday.");
    assert!(!r.has_relation("Chile", RelationKind::LocatedIn, "Santiago"), "{:?}", r.relations);
    assert!(r.role(EventKind::Meet, Role::Partner, "Ines Varga"), "{:?}", r.events);
    assert!(!r.takes_part(EventKind::Meet, "Chile"), "Chile is Varga's, not the meeting's: {:?}", r.events);
}

#[test]
fn a_region_demonym_inside_an_organization_name_is_no_place() {
    let r = read("The African Union and the Brazilian Navy sent observers.");
    assert!(r.labels().contains(&"African Union"), "{:?}", r.labels());
    assert!(!r.labels().contains(&"Africa"), "{:?}", r.labels());
    assert!(r.labels().contains(&"Brazil"), "a country's demonym still names the country: {:?}", r.labels());
}

#[test]
fn an_owned_role_speaks_for_itself_and_no_verb_sits_in_a_place_title() {
    let r = read(
        "Deputy Mayor Grace Holm said the budget was late. Soldiers in Accra detained union leader \
         Kofi Mensah on Sunday, his brother said.",
    );
    assert!(r.role(EventKind::Arrest, Role::Patient, "Kofi Mensah"), "{:?}", r.events);
    let statements: Vec<_> = r.events.iter().filter(|e| e.0 == EventKind::Statement).collect();
    assert!(
        statements.iter().all(|e| e.1.len() <= 1),
        "'his brother said' is not another statement by Grace Holm: {statements:?}"
    );
    assert!(!r.relations.iter().any(|x| x.0 == "Kofi Mensah" && x.2 == "Accra"), "{:?}", r.relations);
}

#[test]
fn a_denied_motive_leaves_the_definite_event_asserted() {
    let r = read("The governor denied that the arrest of Tariq Osei was political.");
    assert_eq!(r.event(EventKind::Arrest).2, Modality::Asserted, "{:?}", r.events);
}

#[test]
fn under_titles_and_titled_subjects_joined_by_and() {
    let r = read(
        "Under Secretary of Commerce Lena Marsh spoke first. Chief Judge Omar Diaz of the Northern District \
         and U.S. Attorney Ruth Kell for the Northern District of Ohio made the announcement.",
    );
    assert!(r.entity("Lena Marsh").3.iter().any(|t| t.starts_with("Under Secretary")), "{:?}", r.entities);
    assert!(r.role(EventKind::Statement, Role::Agent, "Omar Diaz"), "{:?}", r.events);
    assert!(r.role(EventKind::Statement, Role::Agent, "Ruth Kell"), "{:?}", r.events);
    assert!(r.has_relation("Ruth Kell", RelationKind::EmployeeOf, "Northern District of Ohio"), "{:?}", r.relations);
}

#[test]
fn a_lede_s_indefinite_description_is_the_person_named_later() {
    let r = read(
        "A Tucson woman was sentenced today to eight years in prison for wire fraud. Marta Quill, 52, of \
         Tucson, Arizona, pleaded guilty in June. Quill defrauded investors.",
    );
    assert!(r.role(EventKind::Sentence, Role::Patient, "Marta Quill"), "{:?}", r.events);
    assert!(!r.takes_part(EventKind::Sentence, "Tucson"), "Tucson only describes her: {:?}", r.events);
}

#[test]
fn organization_names_joined_inside_by_and_and_news_agency_headlines() {
    let r = read(
        "Ohio Man Charged with Fraud in Scheme to Sell Fake Bonds\n\nTrial Attorney Lee Park of the \
         Criminal Division's Fraud and Public Corruption Section is prosecuting the case.",
    );
    assert!(r.labels().contains(&"Fraud and Public Corruption Section"), "{:?}", r.labels());
    assert!(!r.labels().iter().any(|l| l.contains("Man Charged")), "headline words: {:?}", r.labels());
    assert!(r.role(EventKind::Charge, Role::Agent, "Lee Park"), "{:?}", r.events);
}

#[test]
fn the_government_of_a_country_acts_for_it_and_a_party_named_after_a_possessive() {
    let r = read(
        "The government of Peru has detained activist Lucia Romero. Romero's party, the Green Dawn Alliance, \
         said soldiers searched her office. Peruvian cosmonauts Ana Ruiz and Jose Vela flew home.",
    );
    assert!(r.role(EventKind::Arrest, Role::Agent, "Peru"), "{:?}", r.events);
    assert!(r.role(EventKind::Statement, Role::Agent, "Green Dawn Alliance"), "{:?}", r.events);
    assert!(r.has_relation("Lucia Romero", RelationKind::MemberOf, "Green Dawn Alliance"), "{:?}", r.relations);
    assert!(r.entity("Ana Ruiz").3.iter().any(|t| t == "cosmonaut"), "one of 'cosmonauts': {:?}", r.entities);
}

#[test]
fn its_leader_a_company_after_a_possessive_and_the_treasury_short_form() {
    let r = read(
        "The Department of the Treasury on Friday sanctioned the Black Dune militia, an armed group backed by \
         smugglers. Its commander, Idris Kane, fled. Kane's company, Sahel Ridge Trading, was also named. \
         The Treasury said the militia's commander had ties to Libya.",
    );
    assert!(r.labels().contains(&"Department of the Treasury"), "no weekday in the name: {:?}", r.labels());
    assert!(r.entity("Department of the Treasury").2.iter().any(|a| a == "Treasury"), "{:?}", r.entities);
    assert_eq!(r.entity("Black Dune militia").1, EntityKind::Organization, "'an armed group' is no person");
    assert!(r.relations.iter().any(|x| x.0 == "Idris Kane" && x.2 == "Black Dune militia"), "{:?}", r.relations);
    assert!(r.has_relation("Idris Kane", RelationKind::AffiliatedWith, "Sahel Ridge Trading"), "{:?}", r.relations);
}

#[test]
fn named_patients_spell_out_a_plural_one_and_it_stands_for_the_organization() {
    let r = read(
        "Canada on Tuesday imposed sanctions on two Belarusian officials. The Canadian Foreign Ministry said \
         it had frozen the assets of Judge Irina Belka and prison chief Oleg Darko. It also sanctioned Minsk \
         Steel Works. Minsk Steel Works of Belarus, which said it would appeal, denied wrongdoing.",
    );
    let sanctions: Vec<_> = r.events.iter().filter(|e| e.0 == EventKind::Sanction).collect();
    assert!(
        sanctions.iter().any(|e| {
            e.1.iter().any(|a| a.1 == "Canada") && e.1.iter().any(|a| a.0 == Role::Patient && a.1 == "Irina Belka")
        }),
        "the officials are Belka and Darko: {sanctions:?}"
    );
    assert!(
        sanctions.iter().all(|e| !e.1.iter().any(|a| a.0 == Role::Patient && a.1 == "officials")),
        "the plural patient gives way to the names: {sanctions:?}"
    );
    assert!(
        r.has_relation("Irina Belka", RelationKind::AffiliatedWith, "Belarus"),
        "a named one of 'Belarusian officials' is Belarus's: {:?}",
        r.relations
    );
    assert!(
        r.events.iter().any(|e| e.0 == EventKind::Sanction
            && e.1.iter().any(|a| a.0 == Role::Patient && a.1 == "Minsk Steel Works")
            && e.1.iter().any(|a| a.0 == Role::Agent && a.1 == "Canadian Foreign Ministry")),
        "'It' is the ministry: {:?}",
        r.events
    );
    assert!(
        r.role(EventKind::Statement, Role::Agent, "Minsk Steel Works"),
        "'which' is the company, not Belarus: {:?}",
        r.events
    );
}

#[test]
fn the_people_a_craft_carries_are_its_crew_and_undocking_is_a_movement() {
    let r = read(
        "The Osprey capsule, carrying ESA astronaut Lena Brandt and Canadian astronaut Paul Roy, undocked \
         from the Meridian Station on Sunday.",
    );
    assert!(r.has_relation("Lena Brandt", RelationKind::MemberOf, "Osprey"), "{:?}", r.relations);
    assert!(r.has_relation("Paul Roy", RelationKind::MemberOf, "Osprey"), "{:?}", r.relations);
    assert!(r.role(EventKind::Return, Role::Patient, "Osprey"), "{:?}", r.events);
}

#[test]
fn a_reported_clause_has_its_own_subject_and_one_word_institutions_open_sentences() {
    let r = read(
        "JOHN AKERS, HOST:\n\nThe finance minister of Ghana resigned.\n\nPolice say a Dutch trader paid bribes to \
         customs officers. Parliament has opened its own inquiry.",
    );
    assert!(!r.labels().contains(&"HOST"), "a speaker's role is no entity: {:?}", r.labels());
    assert!(
        !r.events.iter().any(|e| e.0 == EventKind::Fund && e.1.iter().any(|a| a.1.eq_ignore_ascii_case("police"))),
        "the police report the bribes, they do not pay them: {:?}",
        r.events
    );
    assert!(r.role(EventKind::Investigate, Role::Agent, "Parliament"), "{:?}", r.events);
}

#[test]
fn where_he_faces_charges_and_a_lede_pronoun_before_any_name() {
    let r = read(
        "The former mayor was flown to Miami, where he faces bribery and money laundering charges. \
         Tomas Arden was arrested in May. Arden denies the charges. Arden's lawyer declined to comment.",
    );
    assert!(r.role(EventKind::Charge, Role::Patient, "Tomas Arden"), "'he' is Arden: {:?}", r.events);
    assert!(!r.takes_part(EventKind::Charge, "Miami"), "{:?}", r.events);
}

#[test]
fn known_as_gives_an_alias_and_trading_is_no_part_of_a_company_s_name() {
    let r = read(
        "Marta Solis heads the Center for Press Freedom, a Quito-based group known by its Spanish \
         initials, CLP. The gang leader Ramon Tejada, known as El Flaco, was arrested. Solis said Andes \
         Optics Trading Ltd. shipped the parts. Andes Optics denied it.",
    );
    assert!(r.entity("Center for Press Freedom").2.iter().any(|a| a == "CLP"), "{:?}", r.entities);
    assert!(r.entity("Ramon Tejada").2.iter().any(|a| a == "El Flaco"), "{:?}", r.entities);
    assert!(!r.labels().contains(&"Quito-based"), "{:?}", r.labels());
    let andes: Vec<&str> = r.labels().into_iter().filter(|l| l.starts_with("Andes")).collect();
    assert_eq!(andes.len(), 1, "one company: {andes:?}");
}

#[test]
fn a_title_word_inside_a_name_a_county_with_its_own_head_and_a_title_line() {
    let r = read(
        "Kenya and Ethiopia Agree to Reopen Border Crossings\n\nKenyan President Daniel Ochieng met Ethiopian \
         President Ahmed Sheikh Abdullahi in Nairobi. Gunmen attacked a post in Mandera County.",
    );
    assert!(r.labels().contains(&"Ahmed Sheikh Abdullahi"), "{:?}", r.labels());
    let mandera: Vec<&str> = r.labels().into_iter().filter(|l| l.starts_with("Mandera")).collect();
    assert_eq!(mandera.len(), 1, "the county is one place: {mandera:?}");
    assert!(!r.labels().iter().any(|l| l.contains("Agree") || l.contains("Border Crossings")), "{:?}", r.labels());
}

#[test]
fn a_set_off_craft_a_town_word_opening_a_sentence_and_a_time_adjunct_s_destination() {
    let r = read(
        "The shuttle Valiant landed in Florida after a 12-day mission to the Orion Station. The next \
         shuttle, Liberty, is due in May. Mission specialist Ruth Ames returned with the crew.",
    );
    assert_eq!(r.entity("Liberty").1, EntityKind::Other, "{:?}", r.entities);
    assert!(!r.labels().contains(&"Mission"), "{:?}", r.labels());
    assert!(
        !r.events.iter().any(|e| e.0 == EventKind::Return
            && e.1.iter().any(|a| a.0 == Role::Destination && a.1 == "Orion Station")),
        "the station is the mission's destination, not the landing's: {:?}",
        r.events
    );
}

#[test]
fn awaiting_sentencing_a_lede_official_and_place_words_opening_a_name() {
    let r = read(
        "A former port official was sentenced Tuesday to six years in prison. Ana Ruiz Cano, 50, worked at \
         Puerto Lindo for a decade. Ruiz admitted taking bribes. Ruiz's co-defendant, Hugo Perla, is \
         awaiting sentencing.",
    );
    assert_eq!(r.entity("Puerto Lindo").1, EntityKind::Location, "{:?}", r.entities);
    assert!(r.has_relation("Hugo Perla", RelationKind::AffiliatedWith, "Ana Ruiz Cano"), "{:?}", r.relations);
    let sentences: Vec<_> = r.events.iter().filter(|e| e.0 == EventKind::Sentence).collect();
    assert!(
        sentences.iter().any(|e| e.1.iter().any(|a| a.0 == Role::Patient && a.1 == "Ana Ruiz Cano")),
        "the official is Ruiz: {sentences:?}"
    );
    assert!(
        sentences.iter().any(|e| e.1.iter().any(|a| a.0 == Role::Patient && a.1 == "Hugo Perla")),
        "Perla awaits his own: {sentences:?}"
    );
}

#[test]
fn an_annulment_is_a_ruling_a_leader_s_party_and_calls_to_resign() {
    let r = read(
        "Zambia's Supreme Court on Friday annulled the election. Opposition leader Mary Tembo had challenged \
         the result. Tembo's National Renewal Party welcomed the ruling. The elections chief, Paul Mwale, \
         faced calls to resign.",
    );
    assert!(r.role(EventKind::Rule, Role::Agent, "Supreme Court"), "{:?}", r.events);
    assert!(r.role(EventKind::Sue, Role::Agent, "Mary Tembo"), "{:?}", r.events);
    assert!(r.has_relation("Mary Tembo", RelationKind::MemberOf, "National Renewal Party"), "{:?}", r.relations);
    assert_ne!(r.event(EventKind::Resign).2, Modality::Asserted, "a call to resign is no resignation");
}

#[test]
fn references_and_status_labels_are_no_names_and_a_counted_list_is_the_patient() {
    let r = read(
        "Press Statement\n\nThe Department of State is designating Omar Feroz as a Specially Designated Global \
         Terrorist under Executive Order 13224. The Treasury also designated two couriers of the network, \
         Nasir Qadri and Farid Hamidi.",
    );
    for junk in ["Press Statement", "Specially Designated Global Terrorist", "Executive Order"] {
        assert!(!r.labels().contains(&junk), "{junk}: {:?}", r.labels());
    }
    assert_eq!(r.entity("Farid Hamidi").1, EntityKind::Person, "{:?}", r.entities);
    assert!(r.role(EventKind::Sanction, Role::Patient, "Nasir Qadri"), "{:?}", r.events);
    assert!(r.role(EventKind::Sanction, Role::Patient, "Farid Hamidi"), "{:?}", r.events);
}

#[test]
fn a_quoted_nickname_a_family_apposition_and_by_after_another_participle() {
    let r = read(
        "Juan Pablo Ortega, known as \"El Tigre,\" is accused of guarding shipments for a network run by \
         Tomas Villa, the brother of former President Ana Villa. Ortega denied it.",
    );
    assert!(r.entity("Juan Pablo Ortega").2.iter().any(|a| a == "El Tigre"), "{:?}", r.entities);
    assert!(r.has_relation("Tomas Villa", RelationKind::Family, "Ana Villa"), "{:?}", r.relations);
    assert!(r.role(EventKind::Accuse, Role::Patient, "Juan Pablo Ortega"), "{:?}", r.events);
    assert!(
        !r.role(EventKind::Accuse, Role::Agent, "Tomas Villa"),
        "'run by' is the network's, not the accusation's: {:?}",
        r.events
    );
}

#[test]
fn court_districts_initials_and_a_generational_suffix() {
    let r = read(
        "Defendants face charges in the Southern District of New York and the Southern District of Texas. \
         The case is assigned to U.S. District Judge T.R. Varga III in Houston.",
    );
    assert!(!r.labels().contains(&"Southern District"), "the district's head is no place: {:?}", r.labels());
    assert!(!r.relations.iter().any(|x| x.1 == RelationKind::PartOf), "{:?}", r.relations);
    let judge = r.entity("T.R. Varga III");
    assert_eq!(judge.1, EntityKind::Person);
    assert!(judge.3.iter().any(|t| t == "District Judge"), "{:?}", judge.3);
    assert!(r.has_relation("T.R. Varga III", RelationKind::AffiliatedWith, "United States"), "{:?}", r.relations);
}

#[test]
fn an_outlaw_group_named_after_a_place_is_based_there() {
    let r = read("Soldiers clashed with the Sonora Cartel near the border on Friday.");
    assert!(r.has_relation("Sonora Cartel", RelationKind::BasedIn, "Sonora"), "{:?}", r.relations);
    assert!(!r.has_relation("Sonora Cartel", RelationKind::PartOf, "Sonora"), "{:?}", r.relations);
}

#[test]
fn a_returned_indictment_moves_nobody_and_our_is_no_participant() {
    let r = read(
        "A federal grand jury returned an indictment against Tomas Arkwell on Tuesday. \
         \"These crimes pose a serious threat to both of our nations,\" said Attorney General Rosa Lind.",
    );
    assert!(!r.events.iter().any(|e| e.0 == EventKind::Return), "{:?}", r.events);
    assert!(r.takes_part(EventKind::Charge, "Tomas Arkwell"), "{:?}", r.events);
    assert!(
        !r.events.iter().any(|e| e.0 == EventKind::Threaten && e.1.iter().any(|a| a.1 == "Rosa Lind")),
        "'our nations' is not the speaker: {:?}",
        r.events
    );
}

#[test]
fn a_possessive_country_before_a_title_run_and_a_place_with_a_bare_title() {
    let r = read(
        "New York and Lisbon are far apart. The designation of Portugal's former President and Prime Minister \
         Tomas Arkwell raised questions, and the U.S. Secretary of State defended it.",
    );
    assert!(r.labels().contains(&"New York"), "{:?}", r.labels());
    assert!(!r.labels().contains(&"York"), "{:?}", r.labels());
    assert!(r.has_relation("Tomas Arkwell", RelationKind::LeaderOf, "Portugal"), "{:?}", r.relations);
    assert!(!r.labels().iter().any(|l| l.contains("Secretary")), "a bare title is no entity: {:?}", r.labels());
}

#[test]
fn visa_restrictions_are_sanctions_and_a_lower_case_march_is_no_month() {
    let r = read("The State Department is imposing visa restrictions on Tomas Arkwell after the march to the court.");
    assert!(r.role(EventKind::Sanction, Role::Patient, "Tomas Arkwell"), "{:?}", r.events);
    let doc = Document::new("rules", "Those arrested were part of a march by roughly 100 women.");
    let ann = extract::extract(&doc);
    assert!(ann.events.iter().all(|e| e.time.is_none()), "{:?}", ann.events);
}

#[test]
fn a_role_phrase_before_the_speech_verb_is_its_subject() {
    let r = read(
        "Police in Portugal arrested Tomas Arkwell on Thursday, a campaign official told reporters. \
         A relative also told reporters that Arkwell had been detained. \
         Rosa Lind, a campaign official, told reporters he was innocent.",
    );
    assert!(r.has_relation("Police", RelationKind::AffiliatedWith, "Portugal"), "{:?}", r.relations);
    assert!(r.role(EventKind::Arrest, Role::Patient, "Tomas Arkwell"), "{:?}", r.events);
    assert!(!r.role(EventKind::Statement, Role::Agent, "Tomas Arkwell"), "{:?}", r.events);
    assert!(r.role(EventKind::Statement, Role::Agent, "Rosa Lind"), "{:?}", r.events);
}

#[test]
fn a_quoted_nickname_inside_a_name_and_who_after_a_name() {
    let r = read(
        "Interior Minister Tomas \"Kiki\" Arkwell dismissed the criticism. Police later questioned Rosa Arkwell. \
         \"We could not protest,\" Dembe Nkulu, who leads the opposition, told reporters. Nkulu left.",
    );
    let tomas = r.entity("Tomas Arkwell");
    assert!(tomas.3.iter().any(|t| t == "Interior Minister"), "{:?}", tomas);
    assert!(!r.labels().contains(&"Tomas"), "{:?}", r.labels());
    assert_eq!(r.entity("Rosa Arkwell").1, EntityKind::Person, "two people who share a surname stay two");
    let nkulu = r.entity("Dembe Nkulu");
    assert_eq!(nkulu.1, EntityKind::Person, "{:?}", r.entities);
    assert!(nkulu.2.iter().any(|a| a == "Nkulu"), "{:?}", nkulu);
}

#[test]
fn a_name_set_off_after_an_organization_noun_and_its_chairman() {
    let r = read(
        "Police arrested officials of the main opposition party, Umoja, on Monday. \
         Umoja chairman Dembe Nkulu was detained later.",
    );
    assert_eq!(r.entity("Umoja").1, EntityKind::Organization, "{:?}", r.entities);
    assert!(r.has_relation("Dembe Nkulu", RelationKind::LeaderOf, "Umoja"), "{:?}", r.relations);
}

#[test]
fn bills_are_references_and_a_released_statement_frees_nobody() {
    let r = read(
        "The House passed H. Res. 233 and H.R. 1905 on Monday. Senator Rosa Lind released this statement \
         on the vote.",
    );
    assert!(!r.labels().iter().any(|l| l.starts_with("H.")), "{:?}", r.labels());
    assert!(!r.events.iter().any(|e| e.0 == EventKind::Release), "{:?}", r.events);
}

#[test]
fn a_participle_after_a_name_or_plural_makes_it_the_patient() {
    let r = read("Rosa Lind, detained since 2019, is ill. The cases of the Americans jailed in Portugal drag on.");
    assert!(r.role(EventKind::Arrest, Role::Patient, "Rosa Lind"), "{:?}", r.events);
    assert!(!r.events.iter().any(|e| e.1.iter().any(|a| a.0 == Role::Agent)), "{:?}", r.events);
    let r = read("Police arrested on Monday two men in Lisbon.");
    assert!(r.role(EventKind::Arrest, Role::Agent, "Police"), "the state's forces still do the deed: {:?}", r.events);
}

#[test]
fn unknown_two_word_names_are_people_unless_an_organization_noun_says_otherwise() {
    let r = read(
        "Officials hold Dembe Nkulu and his wife Zarel Tosk on trumped-up charges. Kenyan authorities blamed \
         the militant group Harakat Zulfa. The cash moved through Haras Tres Rios, a horse-breeding company \
         registered in his name.",
    );
    assert_eq!(r.entity("Dembe Nkulu").1, EntityKind::Person, "{:?}", r.entities);
    assert_eq!(r.entity("Zarel Tosk").1, EntityKind::Person, "{:?}", r.entities);
    assert!(r.has_relation("Zarel Tosk", RelationKind::Family, "Dembe Nkulu"), "{:?}", r.relations);
    assert_eq!(r.entity("Harakat Zulfa").1, EntityKind::Organization, "{:?}", r.entities);
    assert_eq!(r.entity("Haras Tres Rios").1, EntityKind::Organization, "{:?}", r.entities);
}

#[test]
fn a_title_case_dateline_with_its_state_and_the_government_of_a_country() {
    let r = read(
        "Washington, D.C. – Today, Senator Rosa Lind sent a message to Lisbon. She praised the Government of \
         Portugal, which extradited Tomas Arkwell.",
    );
    assert!(r.labels().contains(&"Washington, D.C."), "{:?}", r.labels());
    assert!(!r.labels().contains(&"Washington"), "the dateline is one place: {:?}", r.labels());
    assert!(
        !r.events.iter().any(|e| e.1.iter().any(|a| a.0 == Role::Agent && a.1 == "Washington, D.C.")),
        "a dateline does nothing: {:?}",
        r.events
    );
    assert!(r.entity("Portugal").2.iter().any(|a| a == "Government of Portugal"), "{:?}", r.entities);
    assert!(!r.labels().contains(&"Government of Portugal"), "{:?}", r.labels());
}

#[test]
fn ruling_a_country_is_no_court_ruling() {
    let r = read("Tomas Arkwell, who led a coup, then ruled the country between 1999 and 2006.");
    assert!(!r.events.iter().any(|e| e.0 == EventKind::Rule), "{:?}", r.events);
    let r = read("Judge Rosa Lind ruled that the search was illegal.");
    assert!(r.role(EventKind::Rule, Role::Agent, "Rosa Lind"), "{:?}", r.events);
}

#[test]
fn a_list_of_titled_people_is_no_apposition() {
    let r = read(
        "Umoja chairman Dembe Nkulu, former lawmaker Tomas Arkwell and the former mayor of Lisbon, Rosa Lind, \
         were all arrested late on Monday.",
    );
    assert!(r.has_relation("Rosa Lind", RelationKind::AffiliatedWith, "Lisbon"), "{:?}", r.relations);
    assert!(!r.relations.iter().any(|x| x.0 == "Dembe Nkulu" && x.2 == "Lisbon"), "{:?}", r.relations);
}

#[test]
fn a_list_of_people_with_roles_a_model_number_and_a_building_with_and() {
    let r = read(
        "Danish astronaut Karin Vestby, NASA astronaut Lena Moravec and Japanese astronaut Kenji Tabata left \
         the Operations and Checkout Building to board the Vortex 9 rocket.",
    );
    assert!(!r.has_relation("Karin Vestby", RelationKind::EmployeeOf, "NASA"), "{:?}", r.relations);
    assert!(r.has_relation("Lena Moravec", RelationKind::EmployeeOf, "NASA"), "{:?}", r.relations);
    assert!(r.labels().contains(&"Operations and Checkout Building"), "{:?}", r.labels());
    assert_eq!(r.entity("Vortex").1, EntityKind::Other, "{:?}", r.entities);
}

#[test]
fn a_lower_case_role_phrase_opening_the_text_is_read_without_trouble() {
    // (a role phrase at the very start of a text: nobody named is its speaker)
    let r = read("official told reporters the news. campaign official said so.");
    assert!(!r.events.iter().any(|e| e.1.iter().any(|a| a.0 == Role::Agent)), "{:?}", r.events);
}

#[test]
fn a_described_person_after_a_verb_is_the_object_and_not_the_subjects_leader() {
    let r = read("Peter Quill met repeatedly with the leader of the Red Lantern Cartel, Ivo Bastide, in Lima.");
    assert!(r.has_relation("Ivo Bastide", RelationKind::LeaderOf, "Red Lantern Cartel"));
    assert!(!r.has_relation("Ivo Bastide", RelationKind::LeaderOf, "Peter Quill"));
    let r = read("Police arrested the leader of the Red Lantern Cartel, Ivo Bastide, on Monday.");
    assert!(r.role(EventKind::Arrest, Role::Patient, "Ivo Bastide"));
    assert!(r.has_relation("Ivo Bastide", RelationKind::LeaderOf, "Red Lantern Cartel"));
}

#[test]
fn a_prenominal_participle_after_a_preposition_tells_of_no_deed() {
    let r = read("His lawyer, Bram Amsel, told reporters the case rests on the word of convicted smugglers.");
    assert!(r.events.iter().all(|e| e.0 != EventKind::Convict), "{:?}", r.events);
}

#[test]
fn his_own_arrest_and_a_court_that_a_country_owns() {
    let r = read("Ivo Bastide was arrested in 2019. He has cooperated with prosecutors since his own extradition.");
    assert!(r.role(EventKind::Extradite, Role::Patient, "Ivo Bastide"));
    let r = read("Norland's Supreme Court of Justice approved the extradition of Ivo Bastide in February.");
    assert!(r.role(EventKind::Extradite, Role::Agent, "Supreme Court of Justice"));
    assert!(!r.role(EventKind::Extradite, Role::Agent, "Norland"));
}

#[test]
fn the_extradition_is_the_story_s_own_one() {
    // the lede's event, told first, not another person's told in passing
    let r = read(
        "Police handed over Ivo Bastide to U.S. agents on Tuesday. Bastide faces charges. His associate \
         Tomas Arkwell has cooperated since his own extradition in 2019. The Supreme Court approved the \
         extradition in February.",
    );
    let court = r.events.iter().find(|e| e.1.iter().any(|a| a.1 == "Supreme Court")).expect("the court's event");
    assert!(court.1.iter().any(|a| a.1 == "Ivo Bastide"), "{court:?}");
    assert!(!court.1.iter().any(|a| a.1 == "Tomas Arkwell"), "{court:?}");
}

#[test]
fn a_capitalized_title_with_its_portfolio_set_off_after_a_name() {
    let r = read(
        "The ministry sanctioned Oskar Quill, the former Minister of Public Finance of Norland. \
         The former minister resigned in 2020.",
    );
    assert!(!r.labels().contains(&"Public Finance"), "{:?}", r.labels());
    assert!(r.entity("Oskar Quill").3.contains(&"Minister of Public Finance".to_string()));
    assert!(r.has_relation("Oskar Quill", RelationKind::AffiliatedWith, "Norland"));
    assert!(r.role(EventKind::Resign, Role::Patient, "Oskar Quill"));
    assert!(!r.takes_part(EventKind::Sanction, "Norland"));
    let r = read("Ana Quill, the Minister of Foreign Affairs, met Peter Vance.");
    assert!(!r.labels().contains(&"Affairs"), "{:?}", r.labels());
    assert!(r.entity("Ana Quill").3.contains(&"Minister of Foreign Affairs".to_string()));
}

#[test]
fn payments_from_a_described_person_and_a_career_at_an_organization() {
    let r = read("Oren Quill accepted payments from the owner of Brightline Works, Mauro Lind, in exchange for votes.");
    assert!(r.role(EventKind::Fund, Role::Origin, "Mauro Lind"));
    assert!(r.has_relation("Mauro Lind", RelationKind::LeaderOf, "Brightline Works"));
    let r = read(
        "On Monday, he named Tamsin Vale, an economist who spent a decade at the Asian Development Bank, as his minister.",
    );
    assert!(r.has_relation("Tamsin Vale", RelationKind::EmployeeOf, "Asian Development Bank"), "{:?}", r.relations);
}

#[test]
fn who_was_seized_after_an_apposition_is_the_person_arrested() {
    let r = read(
        "I condemn the detention of Mara Vell, a correspondent for the Daily Star, who was seized by agents \
         on Sunday in Valdora.",
    );
    assert_eq!(r.entity("Daily Star").1, EntityKind::Organization);
    assert!(r.has_relation("Mara Vell", RelationKind::EmployeeOf, "Daily Star"));
    assert!(r.role(EventKind::Arrest, Role::Patient, "Mara Vell"), "{:?}", r.events);
    assert!(!r.takes_part(EventKind::Arrest, "Daily Star"), "{:?}", r.events);
    assert!(!r.events.iter().any(|e| e.0 == EventKind::Seize), "{:?}", r.events);
}

#[test]
fn an_envoy_s_title_names_where_they_are_sent() {
    let r = read("U.S. Ambassador to Portugal Ronald Vance said the transfer was historic.");
    assert!(!r.labels().contains(&"Portugal Ronald Vance"), "{:?}", r.labels());
    assert!(r.entity("Ronald Vance").3.contains(&"Ambassador to Portugal".to_string()));
    assert!(r.has_relation("Ronald Vance", RelationKind::AffiliatedWith, "United States"));
    assert!(r.has_relation("Ronald Vance", RelationKind::AffiliatedWith, "Portugal"));
    assert!(r.role(EventKind::Statement, Role::Agent, "Ronald Vance"));
}

#[test]
fn a_spanish_organization_name_opens_with_its_head() {
    let r = read("Several of the men were members of Cártel del Pacífico Sur, according to prosecutors.");
    assert_eq!(r.entity("Cártel del Pacífico Sur").1, EntityKind::Organization);
}

#[test]
fn a_second_verb_phrase_and_a_noun_s_of_object_are_not_the_first_verb_s() {
    let r =
        read("The defendants arrived today in Texas and will face proceedings in the Northern District of Georgia.");
    assert!(!r.takes_part(EventKind::Return, "Northern District of Georgia"), "{:?}", r.events);
    let r = read("One of those extradited, Rob Salo, was wanted in connection with the murder of Deputy Juan Escal.");
    assert!(r.role(EventKind::Extradite, Role::Patient, "Rob Salo"), "{:?}", r.events);
    assert!(!r.takes_part(EventKind::Extradite, "Juan Escal"), "{:?}", r.events);
}

#[test]
fn those_handed_over_and_a_national_accused_are_the_named_person() {
    let r = read(
        "Another one of those handed over to American authorities was Abdul Karim Tenet, a Norland national \
         accused of smuggling migrants.",
    );
    assert!(r.role(EventKind::Extradite, Role::Patient, "Abdul Karim Tenet"), "{:?}", r.events);
    assert!(r.role(EventKind::Accuse, Role::Patient, "Abdul Karim Tenet"), "{:?}", r.events);
    assert!(!r.role(EventKind::Accuse, Role::Agent, "Norland"), "{:?}", r.events);
}

#[test]
fn letters_written_remarks_and_a_country_in_a_possessed_title() {
    let r = read(
        "Today, Senator Ben Carver sent a letter to Secretary of State Tony Blake. \"This law works,\" wrote \
         Senator Carver. The Treasury added three firms to the list.",
    );
    assert!(r.role(EventKind::Communicate, Role::Agent, "Ben Carver"));
    assert!(r.takes_part(EventKind::Communicate, "Tony Blake"));
    assert!(r.role(EventKind::Statement, Role::Agent, "Ben Carver"));
    assert_eq!(r.events.iter().filter(|e| e.0 == EventKind::Statement).count(), 1, "{:?}", r.events);
    let r = read("The designation of Albania's former President and Prime Minister Sali Beris raises questions.");
    assert!(r.role(EventKind::Sanction, Role::Patient, "Sali Beris"));
    assert!(!r.takes_part(EventKind::Sanction, "Albania"), "{:?}", r.events);
}

#[test]
fn a_family_name_written_first_a_court_in_the_capital_and_it_after_said() {
    let r = read("Her daughter, Sovanna Pich, spoke. Sovanna said the police had no warrant for her father's arrest.");
    assert!(r.entity("Sovanna Pich").2.contains(&"Sovanna".to_string()), "{:?}", r.labels());
    assert!(
        !r.events.iter().any(|e| e.1.iter().any(|a| a.0 == Role::Patient && a.1 == "Sovanna Pich")),
        "{:?}",
        r.events
    );
    let r = read("A court in the capital, Phnom Penh, announced Tuesday that Kem Sovann is accused of treason.");
    assert!(!r.events.iter().any(|e| e.1.iter().any(|a| a.0 == Role::Agent && a.1 == "Phnom Penh")), "{:?}", r.events);
    let r = read(
        "The Daro Party criticized the raid. The government said it arrested Kem Sovann based on his comments \
         in a video by the Horizon Network.",
    );
    assert!(r.role(EventKind::Arrest, Role::Patient, "Kem Sovann"), "{:?}", r.events);
    assert!(!r.takes_part(EventKind::Arrest, "Daro Party"), "{:?}", r.events);
    assert!(!r.takes_part(EventKind::Arrest, "Horizon Network"), "{:?}", r.events);
}

#[test]
fn a_lawmaker_s_party_tag_family_set_off_and_the_brother_of_a_described_person() {
    let r = read("U.S. Rep. Ed Roycel (R-CA) met Senator Ben Carver (D-Md.) on Monday.");
    assert!(r.entities.iter().all(|e| !e.2.iter().any(|a| a.contains('-'))), "{:?}", r.entities);
    assert!(!r.labels().iter().any(|l| l.contains("R-CA")), "{:?}", r.labels());
    let r = read("Ryan Corlett was detained in 2022. Ryan's wife, Anna, reports his health has deteriorated.");
    assert_eq!(r.entity("Anna").1, EntityKind::Person);
    assert!(r.has_relation("Anna", RelationKind::Family, "Ryan Corlett"), "{:?}", r.relations);
    let r = read(
        "Ali Rezan is the brother of Harbor Post correspondent Jason Rezan. Lena Hekman is the sister of \
         former U.S. Marine Amir Hekman.",
    );
    assert!(r.has_relation("Ali Rezan", RelationKind::Family, "Jason Rezan"), "{:?}", r.relations);
    assert!(!r.relations.iter().any(|x| x.0 == "Ali Rezan" && x.2 == "Harbor Post"), "{:?}", r.relations);
    assert_eq!(r.entity("Amir Hekman").1, EntityKind::Person);
    assert!(!r.relations.iter().any(|x| x.0 == "Lena Hekman" && x.2 == "United States"), "{:?}", r.relations);
}

#[test]
fn a_participle_after_the_role_noun_ends_the_apposition_and_a_paper_is_based_in_its_city() {
    let r = read(
        "The resolution calls for the release of Ryan Corlett, an American citizen wrongfully detained by the Taliban.",
    );
    assert!(!r.relations.iter().any(|x| x.0 == "Ryan Corlett" && x.2 == "Taliban"), "{:?}", r.relations);
    let r = read("Jason Rezan, a correspondent for the Lima Post, was detained.");
    assert!(r.has_relation("Lima Post", RelationKind::BasedIn, "Lima"), "{:?}", r.relations);
}

#[test]
fn a_person_of_an_organization_and_a_reported_clause_s_own_subject() {
    let r = read(
        "The Norland Space Agency reported that the capsule, with crew members Dana Pell of NASA and Ivan Vagnor \
         of the Norland Space Agency inside, landed without issue. Later the agency \
         stated that Ivan Vagnor will fly back to Star City, Russia.",
    );
    assert!(r.has_relation("Ivan Vagnor", RelationKind::EmployeeOf, "Norland Space Agency"), "{:?}", r.relations);
    assert!(r.has_relation("Dana Pell", RelationKind::EmployeeOf, "NASA"), "{:?}", r.relations);
    assert!(
        !r.events.iter().any(|e| e.0 == EventKind::Return && e.1.iter().any(|a| a.1 == "Norland Space Agency")),
        "{:?}",
        r.events
    );
    assert!(!r.takes_part(EventKind::Statement, "Star City"), "{:?}", r.events);
    // a given name opens a person's name even after "and" and an organization's name
    let r = read("The capsule carried Ivan Vagnor of the Norland Space Agency and Dana Pell of NASA.");
    assert_eq!(r.entity("Dana Pell").1, EntityKind::Person);
}

#[test]
fn an_editor_in_chief_set_off_after_a_name() {
    let r = read("The designees include Marga Simon, the Editor-in-Chief of RT; and Eliza Brodsk, a deputy at RT.");
    assert_eq!(r.entity("Marga Simon").1, EntityKind::Person);
    assert!(r.has_relation("Marga Simon", RelationKind::LeaderOf, "RT"), "{:?}", r.relations);
    // a deputy leads nothing
    let r = read(
        "The list names Eliza Brodsk, the Deputy Editor-in-Chief of RT, and Anton Anis, a deputy director of the Daily Signal.",
    );
    assert!(r.has_relation("Eliza Brodsk", RelationKind::EmployeeOf, "RT"), "{:?}", r.relations);
    assert!(!r.has_relation("Eliza Brodsk", RelationKind::LeaderOf, "RT"), "{:?}", r.relations);
    assert!(r.has_relation("Anton Anis", RelationKind::EmployeeOf, "Daily Signal"), "{:?}", r.relations);
}

#[test]
fn handed_to_an_authority_is_a_transfer_of_custody() {
    let r = read("Police handed Ivo Bastide to the United States this week.");
    assert!(r.role(EventKind::Extradite, Role::Patient, "Ivo Bastide"), "{:?}", r.events);
    let r = read("Senator Ben Carver handed a letter to the ambassador. The court handed down a sentence.");
    assert!(!r.events.iter().any(|e| e.0 == EventKind::Extradite), "{:?}", r.events);
}

#[test]
fn a_deed_which_someone_blamed_on_a_group_was_done_by_that_group() {
    let r = read(
        "Ministers denounced the bombing of a market outside Dorvik, which left six people dead and \
         which the regional governor has blamed on the Harakat al-Norte militia.",
    );
    assert!(r.role(EventKind::Attack, Role::Agent, "Harakat al-Norte militia"), "{:?}", r.events);
    // the town the bombing was outside of did not bomb anyone
    assert!(!r.role(EventKind::Attack, Role::Agent, "Dorvik"), "{:?}", r.events);
    assert!(r.role(EventKind::Accuse, Role::Patient, "Harakat al-Norte militia"), "{:?}", r.events);
}

#[test]
fn both_ministers_after_a_meeting_are_its_two_sides() {
    let r = read(
        "Foreign Minister Tomas Hale of Norland met on Monday in Oslo with Vestrian Foreign Minister \
         Anna Berg. Both ministers condemned the bombing.",
    );
    assert!(r.role(EventKind::Accuse, Role::Agent, "Tomas Hale"), "{:?}", r.events);
    assert!(r.role(EventKind::Accuse, Role::Agent, "Anna Berg"), "{:?}", r.events);
    assert!(!r.labels().contains(&"ministers"), "{:?}", r.labels());
    // without a meeting before, the group stays what it is
    let r = read("Both ministers condemned the bombing.");
    assert!(r.role(EventKind::Accuse, Role::Agent, "ministers"), "{:?}", r.events);
}

#[test]
fn a_title_naming_a_department_the_text_names_ties_its_holder_to_it() {
    let r = read(
        "The Treasury Department froze the judge's assets on Monday. \"Nobody is above the law,\" said \
         Under Secretary of the Treasury Helga Marsh. Minister of Defense Tomas Hale denied it, the \
         Defense Ministry said.",
    );
    assert!(r.has_relation("Helga Marsh", RelationKind::EmployeeOf, "Treasury Department"), "{:?}", r.relations);
    assert!(r.has_relation("Tomas Hale", RelationKind::LeaderOf, "Defense Ministry"), "{:?}", r.relations);
    // no department of that name in the text: no tie
    let r = read("Minister of Culture Rosa Lind opened the festival in Norland.");
    assert!(!r.relations.iter().any(|x| x.0 == "Rosa Lind" && x.1 == RelationKind::LeaderOf), "{:?}", r.relations);
}

#[test]
fn a_reward_for_information_leading_to_an_arrest_is_an_offer_not_an_arrest() {
    let r = read(
        "The Department of State announced a reward of up to $2 million for information leading to \
         the arrest or conviction of Vestrian arms dealer Paulo Reis and his partner, Hugo Lenz.",
    );
    assert!(r.role(EventKind::Sanction, Role::Agent, "Department of State"), "{:?}", r.events);
    assert!(r.role(EventKind::Sanction, Role::Patient, "Paulo Reis"), "{:?}", r.events);
    assert!(!r.events.iter().any(|e| e.0 == EventKind::Arrest), "nobody was arrested: {:?}", r.events);
}

#[test]
fn the_owner_of_a_family_noun_before_a_set_off_name_is_not_the_patient() {
    let r = read("Police announced the arrest of Anna Berg's youngest son, Tomas Berg, in Lisbon.");
    assert!(r.role(EventKind::Arrest, Role::Patient, "Tomas Berg"), "{:?}", r.events);
    assert!(!r.takes_part(EventKind::Arrest, "Anna Berg"), "{:?}", r.events);
}

#[test]
fn a_name_before_a_crime_trade_and_an_organization_noun_is_an_organization() {
    let r = read(
        "Prosecutors charged Paulo Reis Lenz and Hugo Reis Lenz. The Reis arms smuggling network moves \
         rifles through the Balkans.",
    );
    assert_eq!(r.entity("Reis arms smuggling network").1, EntityKind::Organization);
    assert_eq!(r.entity("Paulo Reis Lenz").1, EntityKind::Person);
    assert_eq!(r.entity("Hugo Reis Lenz").1, EntityKind::Person);
}

#[test]
fn the_united_states_of_a_possessor_is_no_longer_name() {
    let r = read("He was extradited to the United States of Anna Vela's choosing in 2019.");
    assert!(r.labels().contains(&"United States"), "{:?}", r.labels());
    assert!(!r.labels().iter().any(|l| l.starts_with("United States of")), "{:?}", r.labels());
}

#[test]
fn a_surname_repeated_after_two_namesakes_does_not_join_them() {
    let r = read(
        "Police arrested Juan Vela Ortiz on Monday. Vela denied the charges. His brother, Hugo Vela \
         Ortiz, was arrested on Friday. Vela's lawyer declined to comment.",
    );
    let juan = r.entity("Juan Vela Ortiz");
    assert!(!juan.2.iter().any(|a| a.contains("Hugo")), "{:?}", juan);
    assert_eq!(r.entity("Hugo Vela Ortiz").1, EntityKind::Person);
}

#[test]
fn a_hard_wrapped_release_reads_as_sentences_across_its_line_breaks() {
    let text = "PAULO R. LENZ, Special Agent in Charge\n\
                of the Federal Bureau of Investigation and MARTA K. HOLM, the United States\n\
                Attorney for the Eastern District of Virginia, announced the arrest of\n\
                two Norland customs officers accused of selling export licenses to brokers in the\n\
                United States. The complaint names TOMAS VELA and HUGO\n\
                RAMOS, a customs inspector, as defendants.\n";
    let r = read(text);
    let lenz = r.entity("Paulo R. Lenz");
    assert!(lenz.3.iter().any(|t| t == "Special Agent in Charge"), "{:?}", lenz);
    assert!(
        r.has_relation("Paulo R. Lenz", RelationKind::EmployeeOf, "Federal Bureau of Investigation"),
        "{:?}",
        r.relations
    );
    assert!(
        r.has_relation("Marta K. Holm", RelationKind::EmployeeOf, "Eastern District of Virginia"),
        "{:?}",
        r.relations
    );
    assert!(r.has_relation("Marta K. Holm", RelationKind::AffiliatedWith, "United States"), "{:?}", r.relations);
    // a name broken over two lines is one name, written on one line
    assert!(r.labels().contains(&"Hugo Ramos"), "{:?}", r.labels());
    assert!(!r.labels().iter().any(|l| l.contains('\n')), "{:?}", r.labels());
    // a one-paragraph-per-line page keeps its lines apart
    let r = read("Norland Votes Today\nAnna Berg won the runoff on Sunday.\n");
    assert!(r.labels().contains(&"Anna Berg"), "{:?}", r.labels());
    assert!(!r.labels().iter().any(|l| l.contains("Today") && l.contains("Anna")), "{:?}", r.labels());
}

#[test]
fn a_verb_joined_by_and_shares_the_patient_and_a_pronoun_subject_blocks_names_further_left() {
    let r = read("On May 2, Ivan Lund was detained by Vestrian police and charged with fraud.");
    assert!(r.role(EventKind::Charge, Role::Patient, "Ivan Lund"), "{:?}", r.events);
    let r = read("I thank Ivan Lund's colleagues and his parents, whom I've met with, for their courage.");
    assert!(
        !r.events.iter().any(|e| e.0 == EventKind::Meet && e.1.iter().any(|a| a.1 == "Ivan Lund")),
        "{:?}",
        r.events
    );
}

#[test]
fn the_government_of_the_country_and_a_second_role_in_a_copula() {
    let r = read(
        "Ivan Lund was detained by the Government of the Republic of Chile in May. Lund is a Vestrian \
         citizen and a veteran Norland Courier reporter.",
    );
    assert!(r.role(EventKind::Arrest, Role::Agent, "Chile"), "{:?}", r.events);
    assert!(r.has_relation("Ivan Lund", RelationKind::EmployeeOf, "Norland Courier"), "{:?}", r.relations);
}

#[test]
fn page_clutter_headline_weekday_and_facility_names() {
    let r = read(
        "Accessibility links\n\nBreaking News\n\nNorland Imposes Tariffs on Vestrian Steel for Dumping Claims\n\n\
         A bus is seen on the Tomas de Lara Ortega cross-border bridge between Chile and Peru.\n\n\
         The United Kingdom increased its pressure on Chile Monday, imposing sanctions on four officials.\n",
    );
    let labels = r.labels();
    assert!(
        !labels.iter().any(|l| l.contains("Breaking") || l.contains("Imposes") || l.contains("Monday")),
        "{labels:?}"
    );
    assert_eq!(r.entity("Tomas de Lara Ortega cross-border bridge").1, EntityKind::Location);
}

#[test]
fn those_sanctioned_include_the_listed_people_along_with_others() {
    let r = read(
        "The Treasury sanctioned four officers on Monday. Those sanctioned included Colonel Tomas Vela \
         along with two customs officials from the port.",
    );
    assert!(r.role(EventKind::Sanction, Role::Patient, "Tomas Vela"), "{:?}", r.events);
    let r = read("Police arrested Tomas Vela along with Hugo Vela on Monday.");
    assert!(r.role(EventKind::Arrest, Role::Patient, "Hugo Vela"), "{:?}", r.events);
}

#[test]
fn informing_and_calling_a_person_are_communication_and_creeds_are_no_names() {
    let r = read(
        "The Vestrian government said it had notified Norway about the arrest. Tomas Vela was able to \
         call his wife Maren on Sunday. The crew fitted a new module called Lumen. After the Jihadist \
         movement took the city, Eastern envoys left.",
    );
    assert!(r.role(EventKind::Communicate, Role::Partner, "Norway"), "{:?}", r.events);
    assert!(r.role(EventKind::Communicate, Role::Partner, "Maren"), "{:?}", r.events);
    assert!(!r.takes_part(EventKind::Communicate, "Lumen"), "naming is no call: {:?}", r.events);
    assert!(!r.labels().iter().any(|l| matches!(*l, "Jihadist" | "Eastern")), "{:?}", r.labels());
}

#[test]
fn the_defendants_are_the_people_of_the_case_and_an_agency_apposition_places_it() {
    let r = read(
        "Paulo Reis and Hugo Lenz pleaded guilty on Monday to fraud. The defendants are former \
         officials of the Agencia Costera (AC), the national coast guard agency in Norland. Reis was \
         the chief of the agency. In 2019, the defendants met with informants working for the Federal \
         Bureau of Investigation.",
    );
    assert!(r.role(EventKind::Meet, Role::Agent, "Paulo Reis"), "{:?}", r.events);
    assert!(r.role(EventKind::Meet, Role::Agent, "Hugo Lenz"), "{:?}", r.events);
    assert!(r.role(EventKind::Meet, Role::Partner, "Federal Bureau of Investigation"), "{:?}", r.events);
    assert!(r.has_relation("Agencia Costera", RelationKind::PartOf, "Norland"), "{:?}", r.relations);
    assert!(r.has_relation("Paulo Reis", RelationKind::LeaderOf, "Agencia Costera"), "{:?}", r.relations);
    // a company so described is based in its place
    let r = read("Acme Holdings, a shipping company in Norway, said it would appeal.");
    assert!(r.has_relation("Acme Holdings", RelationKind::BasedIn, "Norway"), "{:?}", r.relations);
}

#[test]
fn repeated_and_front_matter_headlines_clock_times_and_a_byline_with_its_office() {
    let text = "---\ntitle: \"Sanctions Announced Against Former Ministers of Norland for Bribery Schemes\"\n---\n\
                U.S. Department of State\n\
                Sanctions Announced Against Former Ministers of Norland for Bribery Schemes\n\
                05/02/2021 09:15 AM EST\n\
                Anna Berg, Department Spokesperson\n\
                The U.S. Department of State has designated former Prime Minister Tomas Vela.\n";
    let r = read(text);
    let labels = r.labels();
    assert!(
        !labels.iter().any(|l| l.contains("Sanctions") || l.contains("Bribery") || l.contains("EST")),
        "{labels:?}"
    );
    assert!(labels.contains(&"Anna Berg"), "{labels:?}");
    // "Department" is the department named before it, not a node of its own
    assert!(!labels.contains(&"Department"), "{labels:?}");
    assert!(r.role(EventKind::Sanction, Role::Patient, "Tomas Vela"), "{:?}", r.events);
}

#[test]
fn a_president_with_no_country_leads_the_dateline_s_country() {
    let r = read("OSLO, Norway — President Lucia Vela accepted the resignation on Thursday.");
    assert!(r.has_relation("Lucia Vela", RelationKind::LeaderOf, "Norway"), "{:?}", r.relations);
    // two countries and no dateline: no guess
    let r = read("President Lucia Vela met officials from Peru and Chile on Thursday.");
    assert!(!r.relations.iter().any(|x| x.0 == "Lucia Vela" && x.1 == RelationKind::LeaderOf), "{:?}", r.relations);
}

#[test]
fn a_resolved_subject_pronoun_carries_its_person_into_later_sentences() {
    let r = read(
        "Ivan Lund is a Vestrian citizen and a veteran reporter. He is the son of two teachers. He is \
         not a spy. Yet on May 2, he was detained by Norland police and charged with espionage.",
    );
    assert!(r.role(EventKind::Arrest, Role::Patient, "Ivan Lund"), "{:?}", r.events);
    assert!(r.role(EventKind::Charge, Role::Patient, "Ivan Lund"), "{:?}", r.events);
}

#[test]
fn a_declared_winner_and_a_bare_win_in_an_election_story_are_elections() {
    let r = read("The Norland Election Board declared Anna Berg the winner on Sunday.");
    assert!(r.role(EventKind::Elect, Role::Patient, "Anna Berg"), "{:?}", r.events);
    let r = read(
        "Norland held its presidential election on Saturday. The chairman announced late Sunday that \
         Anna Berg of the Unity Party had won.",
    );
    assert!(r.role(EventKind::Elect, Role::Patient, "Anna Berg"), "{:?}", r.events);
    // a win with no election anywhere near is no election
    let r = read("Anna Berg had won.");
    assert!(!r.events.iter().any(|e| e.0 == EventKind::Elect), "{:?}", r.events);
}

#[test]
fn a_name_ending_in_and_at_the_end_of_a_text_is_read_without_failing() {
    // ("and" closing the text: no word after it to look at)
    let r = read("He thanked the Department of Justice and");
    assert!(r.labels().contains(&"Department of Justice"), "{:?}", r.labels());
}

#[test]
fn trade_verbs_near_contraband_are_trafficking_and_generic_relatives_are_no_deeds() {
    let r = read(
        "The Vela drug trafficking organization imports, supplies, transports, and distributes drugs \
         through Central America. The firm imported cars from Japan.",
    );
    assert!(r.role(EventKind::Traffic, Role::Agent, "Vela drug trafficking organization"), "{:?}", r.events);
    assert!(
        !r.events.iter().any(|e| e.0 == EventKind::Traffic && e.1.iter().any(|a| a.1 == "Japan")),
        "{:?}",
        r.events
    );
    let r = read("This is a warning to those individuals who smuggle drugs into Norway.");
    assert!(!r.events.iter().any(|e| e.0 == EventKind::Traffic), "{:?}", r.events);
}

#[test]
fn that_after_a_preposition_is_a_determiner_of_a_description() {
    let r = read(
        "Officials named the Agencia Costera (AC), the national coast guard agency in Norland. Paulo \
         Reis was the chief of that agency until 2019.",
    );
    assert!(r.has_relation("Paulo Reis", RelationKind::LeaderOf, "Agencia Costera"), "{:?}", r.relations);
}

#[test]
fn a_press_release_frees_nobody_and_in_return_for_moves_nobody() {
    let r = read(
        "The following press release was published by the Justice Department on Monday. Tomas Vela \
         accepted bribes in return for government contracts.",
    );
    assert!(!r.events.iter().any(|e| matches!(e.0, EventKind::Release | EventKind::Return)), "{:?}", r.events);
    let r = read("Police released Tomas Vela on Monday.");
    assert!(r.role(EventKind::Release, Role::Patient, "Tomas Vela"), "{:?}", r.events);
}
