// Service Bus: the complaint feed queue (dead-lettering, max delivery count) and a topic for referral events.

@description('Azure region.')
param location string

@description('Prefix of every resource name.')
param namePrefix string

@description('Deliveries before a message goes to the dead-letter queue (Ingestion:MaxDeliveryCount should match).')
@minValue(1)
@maxValue(100)
param maxDeliveryCount int

@description('Disable SAS (key) authentication: only Entra ID tokens are accepted. See infra/README.md for the AMQP adapter.')
param disableLocalAuth bool

resource namespace 'Microsoft.ServiceBus/namespaces@2024-01-01' = {
  name: '${namePrefix}-bus'
  location: location
  // Standard is the lowest tier with topics.
  sku: {
    name: 'Standard'
    tier: 'Standard'
  }
  properties: {
    disableLocalAuth: disableLocalAuth
    minimumTlsVersion: '1.2'
  }
}

resource complaints 'Microsoft.ServiceBus/namespaces/queues@2024-01-01' = {
  parent: namespace
  name: 'complaints'
  properties: {
    maxDeliveryCount: maxDeliveryCount
    deadLetteringOnMessageExpiration: true
    lockDuration: 'PT1M'
    defaultMessageTimeToLive: 'P14D'
    // Feed messages carry source + case id as message id: re-sends within the window are dropped by the broker too.
    requiresDuplicateDetection: true
    duplicateDetectionHistoryTimeWindow: 'PT1H'
  }
}

resource referralEvents 'Microsoft.ServiceBus/namespaces/topics@2024-01-01' = {
  parent: namespace
  name: 'referral-events'
  properties: {
    defaultMessageTimeToLive: 'P14D'
    requiresDuplicateDetection: true
    duplicateDetectionHistoryTimeWindow: 'PT1H'
  }
}

resource referralAudit 'Microsoft.ServiceBus/namespaces/topics/subscriptions@2024-01-01' = {
  parent: referralEvents
  name: 'audit'
  properties: {
    maxDeliveryCount: maxDeliveryCount
    deadLetteringOnMessageExpiration: true
    lockDuration: 'PT1M'
  }
}

@description('Namespace name (for role assignments).')
output namespaceName string = namespace.name

@description('Namespace endpoint, https://<name>.servicebus.windows.net:443/ (its host is Messaging:Amqp:Host).')
output endpoint string = namespace.properties.serviceBusEndpoint
