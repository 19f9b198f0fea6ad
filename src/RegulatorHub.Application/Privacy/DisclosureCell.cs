namespace RegulatorHub.Application.Privacy;

/// <summary>One cell or total of a table after disclosure control.</summary>
/// <remarks>
/// Invariant: <see cref="Value"/> is <see langword="null"/> exactly when <see cref="Reason"/> is not
/// <see cref="SuppressionReason.None"/>. The true count of a suppressed cell is deliberately not kept here,
/// so an exporter cannot write it by mistake.
/// </remarks>
public readonly record struct DisclosureCell
{
    private DisclosureCell(long? value, SuppressionReason reason)
    {
        Value = value;
        Reason = reason;
    }

    /// <summary>The published count, or <see langword="null"/> when suppressed.</summary>
    public long? Value { get; }

    /// <summary>Why the value is withheld; <see cref="SuppressionReason.None"/> when published.</summary>
    public SuppressionReason Reason { get; }

    /// <summary>Whether the value is withheld.</summary>
    public bool IsSuppressed => Reason != SuppressionReason.None;

    /// <summary>A published count.</summary>
    /// <param name="value">The count; never negative.</param>
    public static DisclosureCell Published(long value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        return new DisclosureCell(value, SuppressionReason.None);
    }

    /// <summary>A withheld count.</summary>
    /// <param name="reason">Why it is withheld; must not be <see cref="SuppressionReason.None"/>.</param>
    public static DisclosureCell Suppressed(SuppressionReason reason)
    {
        if (reason is not (SuppressionReason.Primary or SuppressionReason.Complementary))
        {
            throw new ArgumentOutOfRangeException(nameof(reason), reason, "A suppressed cell needs a primary or complementary reason.");
        }

        return new DisclosureCell(null, reason);
    }
}
