namespace RegulatorHub.Ingestion.Pipeline;

/// <summary>A batch that failed to store and went back to the queue: when, how big, and the error's type (never its text,
/// which may quote input).</summary>
/// <param name="At">When it failed.</param>
/// <param name="Messages">Messages in the batch.</param>
/// <param name="ErrorType">The exception's type name.</param>
public sealed record IngestionFailure(DateTimeOffset At, int Messages, string ErrorType);
