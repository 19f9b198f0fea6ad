// App Service on Linux: the Blazor Server dashboard (WebSockets on, ARR affinity for its circuits) and the ingestion
// worker, each with a system-assigned managed identity. Configuration is app settings; no keys.

@description('Azure region.')
param location string

@description('Prefix of every resource name.')
param namePrefix string

@description('App Service plan SKU (P0v3 or larger keeps Always On and enough memory for the analytics store).')
param planSku string

@description('Cosmos DB endpoint.')
param cosmosEndpoint string

@description('Cosmos DB database name.')
param cosmosDatabase string

@description('Service Bus namespace endpoint.')
param serviceBusEndpoint string

@description('Deliveries before dead-lettering, as on the queue.')
param maxDeliveryCount int

@description('Key Vault secret URI of the pseudonym key.')
param pseudonymKeySecretUri string

@description('Application Insights connection string.')
param appInsightsConnectionString string

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: '${namePrefix}-plan'
  location: location
  kind: 'linux'
  sku: {
    name: planSku
  }
  properties: {
    reserved: true
  }
}

var serviceBusHost = split(split(serviceBusEndpoint, '//')[1], ':')[0]

var commonSettings = [
  { name: 'Storage__Provider', value: 'Cosmos' }
  { name: 'Storage__Cosmos__Endpoint', value: cosmosEndpoint }
  { name: 'Storage__Cosmos__Database', value: cosmosDatabase }
  { name: 'Messaging__Provider', value: 'Amqp' }
  { name: 'Messaging__Amqp__Profile', value: 'AzureServiceBus' }
  { name: 'Messaging__Amqp__Host', value: serviceBusHost }
  { name: 'Ingestion__MaxDeliveryCount', value: string(maxDeliveryCount) }
  // Resolved by App Service with the app's identity (Key Vault Secrets User); the value never appears in settings.
  { name: 'Ingestion__PseudonymKey', value: '@Microsoft.KeyVault(SecretUri=${pseudonymKeySecretUri})' }
  { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: appInsightsConnectionString }
  { name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING', value: 'Authorization=AAD' }
]

resource dashboard 'Microsoft.Web/sites@2024-04-01' = {
  name: '${namePrefix}-dashboard'
  location: location
  kind: 'app,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // Blazor Server keeps a circuit per browser on one instance: sticky sessions.
    clientAffinityEnabled: true
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      webSocketsEnabled: true
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      healthCheckPath: '/healthz'
      appCommandLine: 'dotnet RegulatorHub.Dashboard.dll'
      appSettings: concat(commonSettings, [
        // The worker host ingests; the dashboard only reads.
        { name: 'Ingestion__RunWorker', value: 'false' }
        { name: 'Seed__OnFirstStart', value: 'false' }
        { name: 'Access__DemoAccounts', value: 'false' }
      ])
    }
  }
}

resource worker 'Microsoft.Web/sites@2024-04-01' = {
  name: '${namePrefix}-worker'
  location: location
  kind: 'app,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      healthCheckPath: '/healthz'
      appCommandLine: 'dotnet RegulatorHub.Ingestion.Worker.dll'
      appSettings: concat(commonSettings, [
        { name: 'Seed__OnFirstStart', value: 'false' }
      ])
    }
  }
}

@description('Principal ids of the apps\' managed identities.')
output principalIds array = [dashboard.identity.principalId, worker.identity.principalId]

@description('Dashboard URL.')
output dashboardUrl string = 'https://${dashboard.properties.defaultHostName}'
