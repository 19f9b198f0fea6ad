namespace RegulatorHub.Application.Privacy;

/// <summary>Why a cell or total of an exported table is withheld.</summary>
public enum SuppressionReason
{
    /// <summary>The value is published.</summary>
    None = 0,

    /// <summary>The value itself is a small count (below the threshold) and would identify few people.</summary>
    Primary = 1,

    /// <summary>The value is safe on its own but is hidden so that a primary cell cannot be recomputed from totals.</summary>
    Complementary = 2,
}
