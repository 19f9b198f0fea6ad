// Cosmos DB for NoSQL: account (serverless or autoscale), database, and the containers with the partition keys and
// indexing policies of src/RegulatorHub.Storage.Cosmos/CosmosContainers.cs (reasons: docs/cosmos-partitioning.md).

@description('Azure region.')
param location string

@description('Prefix of every resource name.')
param namePrefix string

@description('Serverless (pay per request) or Autoscale (provisioned RU/s on the database, scaling 10%-100%).')
@allowed([
  'Serverless'
  'Autoscale'
])
param capacityMode string

@description('Highest RU/s the database scales to in Autoscale mode.')
@minValue(1000)
param autoscaleMaxThroughput int

@description('Database name (Storage:Cosmos:Database).')
param databaseName string

var serverless = capacityMode == 'Serverless'

// Only the paths a query filters or sorts on are indexed; everything else is excluded to save RU on every write.
var containers = [
  {
    name: 'complaints'
    paths: ['/source', '/bucket']
    included: ['/date/?', '/seq/?', '/region/?', '/merchant/region/?', '/merchant/key/?', '/subject/?']
    // Complaint listings sort newest first by day, then store order.
    composite: [
      [
        { path: '/date', order: 'descending' }
        { path: '/seq', order: 'descending' }
      ]
    ]
    ttl: null
  }
  {
    name: 'crossChannelMarkers'
    paths: ['/bucket']
    included: []
    ttl: 604800
  }
  {
    name: 'quarantine'
    paths: ['/reason']
    included: ['/pos/?']
    ttl: null
  }
  {
    name: 'referrals'
    paths: ['/id']
    included: ['/toAgency/?', '/fromAgency/?', '/merchantKey/?', '/open/?', '/state/?', '/updatedMs/?', '/complaintSource/?', '/complaintCaseId/?', '/pending/?']
    // Listings sort most recently updated first, ties by id.
    composite: [
      [
        { path: '/updatedMs', order: 'descending' }
        { path: '/id', order: 'descending' }
      ]
    ]
    ttl: null
  }
  {
    name: 'audit'
    paths: ['/chain']
    included: ['/sequence/?', '/actor/?', '/agency/?', '/action/?', '/target/?', '/at/?']
    ttl: null
  }
  {
    name: 'leases'
    paths: ['/id']
    included: []
    ttl: null
  }
  {
    name: 'accounts'
    paths: ['/id']
    included: ['/type/?']
    ttl: null
  }
  {
    name: 'apiTokens'
    paths: ['/id']
    included: ['/owner/?', '/tokenId/?']
    ttl: null
  }
  {
    name: 'statisticsDefinitions'
    paths: ['/owner']
    included: ['/definitionId/?']
    ttl: null
  }
  {
    name: 'exports'
    paths: ['/owner']
    included: ['/generatedAt/?']
    composite: [
      [
        { path: '/generatedAt', order: 'descending' }
        { path: '/id', order: 'descending' }
      ]
    ]
    ttl: null
  }
]

resource account 'Microsoft.DocumentDB/databaseAccounts@2024-11-15' = {
  name: '${namePrefix}-cosmos'
  location: location
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    // Entra ID only: the apps use their managed identities with data-plane roles; keys cannot sign requests.
    disableLocalAuth: true
    disableKeyBasedMetadataWriteAccess: true
    minimalTlsVersion: 'Tls12'
    consistencyPolicy: {
      defaultConsistencyLevel: 'Session'
    }
    locations: [
      {
        locationName: location
        failoverPriority: 0
        isZoneRedundant: false
      }
    ]
    capabilities: serverless ? [{ name: 'EnableServerless' }] : []
  }
}

resource database 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases@2024-11-15' = {
  parent: account
  name: databaseName
  properties: {
    resource: {
      id: databaseName
    }
    options: serverless ? {} : { autoscaleSettings: { maxThroughput: autoscaleMaxThroughput } }
  }
}

resource sqlContainers 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2024-11-15' = [
  for c in containers: {
    parent: database
    name: c.name
    properties: {
      resource: {
        id: c.name
        // Hierarchical (MultiHash, version 2) where the key has more than one level.
        partitionKey: length(c.paths) > 1 ? { paths: c.paths, kind: 'MultiHash', version: 2 } : { paths: c.paths, kind: 'Hash', version: 2 }
        defaultTtl: c.ttl
        indexingPolicy: {
          automatic: true
          indexingMode: 'consistent'
          includedPaths: [for p in c.included: { path: p }]
          excludedPaths: [{ path: '/*' }, { path: '/"_etag"/?' }]
          compositeIndexes: c.?composite ?? []
        }
      }
    }
  }
]

@description('Account name (for data-plane role assignments).')
output accountName string = account.name

@description('Account endpoint (Storage:Cosmos:Endpoint).')
output endpoint string = account.properties.documentEndpoint
