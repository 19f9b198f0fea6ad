// Key Vault for the pseudonymization key (Ingestion:PseudonymKey). RBAC authorization only; the secret itself is
// set by an operator after deployment (infra/README.md), never by the template.

@description('Azure region.')
param location string

@description('Prefix of every resource name.')
param namePrefix string

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: '${namePrefix}-kv'
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    // The pseudonym key cannot be recovered from pseudonyms: losing it splits every repeat count in two.
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
  }
}

@description('Vault name (for role assignments).')
output vaultName string = vault.name

@description('Secret URI of the pseudonym key, for a Key Vault reference in app settings.')
output pseudonymKeySecretUri string = '${vault.properties.vaultUri}secrets/pseudonym-key'
