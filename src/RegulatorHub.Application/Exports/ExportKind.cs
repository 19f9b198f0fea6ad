namespace RegulatorHub.Application.Exports;

/// <summary>What an export holds.</summary>
public enum ExportKind
{
    /// <summary>An aggregate statistics table (disclosure-controlled).</summary>
    Statistics,

    /// <summary>Complaint-level records for an authorized regulator's jurisdiction.</summary>
    Complaints,
}
