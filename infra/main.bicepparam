using 'main.bicep'

// Example parameters; copy and adjust per environment. No secrets here: the pseudonym key goes into Key Vault.
param namePrefix = 'rhubdev'
param cosmosCapacityMode = 'Serverless'
param maxDeliveryCount = 10
