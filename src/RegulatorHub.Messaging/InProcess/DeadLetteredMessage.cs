using RegulatorHub.Application.Messaging;

namespace RegulatorHub.Messaging.InProcess;

/// <summary>A message the in-process queue dead-lettered, with the reason the worker gave.</summary>
/// <param name="Message">The message as published.</param>
/// <param name="Reason">Short reason code.</param>
/// <param name="Description">What went wrong.</param>
public sealed record DeadLetteredMessage(OutboundFeedMessage Message, string Reason, string Description);
