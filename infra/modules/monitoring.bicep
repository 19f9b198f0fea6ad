// Log Analytics workspace and a workspace-based Application Insights component for both apps.

@description('Azure region.')
param location string

@description('Prefix of every resource name.')
param namePrefix string

@description('Days the workspace keeps logs.')
@minValue(30)
@maxValue(730)
param retentionInDays int = 30

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${namePrefix}-logs'
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionInDays
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${namePrefix}-insights'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    // Telemetry is sent with the managed identity, not the instrumentation key.
    DisableLocalAuth: true
  }
}

@description('Application Insights connection string (an endpoint, not a secret: local auth is disabled).')
output appInsightsConnectionString string = insights.properties.ConnectionString

@description('Resource id of the Application Insights component (for the monitoring role assignment).')
output appInsightsId string = insights.id
