namespace RegulatorHub.Application.Audit;

/// <summary>A search of the audit trail, newest entries first. Every filter given must match.</summary>
/// <param name="Actor">Only this actor (exact).</param>
/// <param name="AgencyId">Only this agency (exact).</param>
/// <param name="Action">Only this action.</param>
/// <param name="TargetPrefix">Only targets starting with this (ordinal), e.g. <c>complaint:12315-zj/</c>.</param>
/// <param name="From">Only entries at or after this instant (inclusive).</param>
/// <param name="To">Only entries before this instant (exclusive).</param>
/// <param name="Limit">Most entries to return: 1 to <see cref="MaxLimit"/>.</param>
/// <param name="BeforeSequence">
/// Continuation: only entries with a smaller sequence. Pass the last (smallest) sequence of the previous page to get
/// the next one.
/// </param>
public sealed record AuditQuery(
    string? Actor = null,
    string? AgencyId = null,
    AuditAction? Action = null,
    string? TargetPrefix = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    int Limit = 100,
    long? BeforeSequence = null)
{
    /// <summary>The largest <see cref="Limit"/>.</summary>
    public const int MaxLimit = 500;

    /// <summary>Checks the query; returns the problem naming the parameter, or <see langword="null"/>.</summary>
    public string? Validate() => this switch
    {
        { Limit: < 1 or > MaxLimit } => $"{nameof(Limit)} must be between 1 and {MaxLimit} (was {Limit}).",
        { From: { } f, To: { } t } when f >= t => $"{nameof(From)} must be before {nameof(To)}.",
        { BeforeSequence: < 1 } => $"{nameof(BeforeSequence)} must be at least 1 (was {BeforeSequence}).",
        { Action: { } a } when a == AuditAction.Unrecognized || !Enum.IsDefined(a) => $"{nameof(Action)} is not an audit action.",
        { TargetPrefix: "" } or { Actor: "" } or { AgencyId: "" } => "An empty filter is not allowed; leave it out instead.",
        _ => null,
    };
}
