// newsgraph 0.1.0: 5 nodes, 4 relationships.
// Load into a running Neo4j with: cypher-shell -u USER -p PASSWORD -f FILE.cypher
CREATE CONSTRAINT newsgraph_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT newsgraph_event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
MERGE (n:Event {id: 'event:d1:arrest:1'}) SET n:Arrest, n += {kind: 'event', type: 'arrest', label: 'arrest of Ana Pérez', documents: ['d1'], mentions: 1, evidence: 'arrested', modality: 'asserted', time: 'Monday', ace: 'Justice:Arrest-Jail', cameo: '173'};
MERGE (n:Entity {id: 'group:police'}) SET n:Group, n += {kind: 'entity', type: 'group', label: 'police', documents: ['d1'], mentions: 1, evidence: 'Police'};
MERGE (n:Entity {id: 'location:valparaiso'}) SET n:Location, n += {kind: 'entity', type: 'location', label: 'Valparaíso', documents: ['d1'], mentions: 1, evidence: 'Valparaíso'};
MERGE (n:Entity {id: 'organization:rio-verde-cooperative'}) SET n:Organization, n += {kind: 'entity', type: 'organization', label: 'Río Verde Cooperative', documents: ['d1'], mentions: 1, evidence: 'Río Verde Cooperative'};
MERGE (n:Entity {id: 'person:ana-perez'}) SET n:Person, n += {kind: 'entity', type: 'person', label: 'Ana Pérez', aliases: ['Pérez'], titles: ['activist'], documents: ['d1'], mentions: 2, evidence: 'Ana Pérez\nPérez'};
MATCH (a:Event {id: 'event:d1:arrest:1'}), (b:Entity {id: 'group:police'}) MERGE (a)-[r:AGENT]->(b) SET r += {relation: 'agent', weight: 1, documents: ['d1'], evidence: 'Police in Valparaíso arrested Ana Pérez on Monday; she denied it.'};
MATCH (a:Event {id: 'event:d1:arrest:1'}), (b:Entity {id: 'location:valparaiso'}) MERGE (a)-[r:PLACE]->(b) SET r += {relation: 'place', weight: 1, documents: ['d1'], evidence: 'Police in Valparaíso arrested Ana Pérez on Monday; she denied it.'};
MATCH (a:Event {id: 'event:d1:arrest:1'}), (b:Entity {id: 'person:ana-perez'}) MERGE (a)-[r:PATIENT]->(b) SET r += {relation: 'patient', weight: 1, documents: ['d1'], evidence: 'Police in Valparaíso arrested Ana Pérez on Monday; she denied it.'};
MATCH (a:Entity {id: 'person:ana-perez'}), (b:Entity {id: 'organization:rio-verde-cooperative'}) MERGE (a)-[r:MEMBER_OF]->(b) SET r += {relation: 'member_of', weight: 2, documents: ['d1'], evidence: 'Pérez, a member of\nPérez, a member of the Río Verde Cooperative, was released.'};
