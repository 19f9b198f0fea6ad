// RegulatorHub on Azure: Cosmos DB, Service Bus, Key Vault, monitoring and two App Service apps with managed
// identities. Deploy with: az deployment group create -g <rg> -f infra/main.bicep -p infra/main.bicepparam
targetScope = 'resourceGroup'

@description('Azure region; defaults to the resource group\'s.')
param location string = resourceGroup().location

@description('Prefix of every resource name (lower-case letters and digits; Key Vault names allow 24 characters in all).')
@minLength(3)
@maxLength(12)
param namePrefix string

@description('Cosmos DB capacity: Serverless or Autoscale.')
@allowed([
  'Serverless'
  'Autoscale'
])
param cosmosCapacityMode string = 'Serverless'

@description('Autoscale ceiling in RU/s (Autoscale mode only).')
@minValue(1000)
param cosmosAutoscaleMaxThroughput int = 4000

@description('Cosmos DB database name.')
param cosmosDatabaseName string = 'regulatorhub'

@description('Deliveries of a feed message before it is dead-lettered.')
@minValue(1)
@maxValue(100)
param maxDeliveryCount int = 10

@description('Disable Service Bus SAS keys (Entra ID only).')
param serviceBusDisableLocalAuth bool = true

@description('App Service plan SKU.')
param appServicePlanSku string = 'P0v3'

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    location: location
    namePrefix: namePrefix
  }
}

module cosmos 'modules/cosmos.bicep' = {
  name: 'cosmos'
  params: {
    location: location
    namePrefix: namePrefix
    capacityMode: cosmosCapacityMode
    autoscaleMaxThroughput: cosmosAutoscaleMaxThroughput
    databaseName: cosmosDatabaseName
  }
}

module serviceBus 'modules/servicebus.bicep' = {
  name: 'servicebus'
  params: {
    location: location
    namePrefix: namePrefix
    maxDeliveryCount: maxDeliveryCount
    disableLocalAuth: serviceBusDisableLocalAuth
  }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    location: location
    namePrefix: namePrefix
  }
}

module apps 'modules/apps.bicep' = {
  name: 'apps'
  params: {
    location: location
    namePrefix: namePrefix
    planSku: appServicePlanSku
    cosmosEndpoint: cosmos.outputs.endpoint
    cosmosDatabase: cosmosDatabaseName
    serviceBusEndpoint: serviceBus.outputs.endpoint
    maxDeliveryCount: maxDeliveryCount
    pseudonymKeySecretUri: keyVault.outputs.pseudonymKeySecretUri
    appInsightsConnectionString: monitoring.outputs.appInsightsConnectionString
  }
}

// Names known before deployment (what-if can then predict the assignments); the modules name resources the same way,
// and the apps module already waits for all of them.
module roles 'modules/roles.bicep' = {
  name: 'roles'
  params: {
    principalIds: apps.outputs.principalIds
    cosmosAccountName: '${namePrefix}-cosmos'
    serviceBusNamespaceName: '${namePrefix}-bus'
    keyVaultName: '${namePrefix}-kv'
    appInsightsName: '${namePrefix}-insights'
  }
}

@description('Dashboard URL.')
output dashboardUrl string = apps.outputs.dashboardUrl

@description('Cosmos DB endpoint.')
output cosmosEndpoint string = cosmos.outputs.endpoint
