namespace RegulatorHub.Ingestion.Sources.Cfpb;

/// <summary>
/// The whole CFPB file is refused: its header or its dates do not let it be read without guessing.
/// </summary>
/// <remarks>
/// A refusal is for problems of the file (layout, date format); problems of single rows are
/// <see cref="CfpbRowRejection"/> results instead. Messages name columns, lines and formats, never field values,
/// so they can be logged without leaking personal data.
/// </remarks>
public sealed class CfpbFormatException : Exception
{
    /// <summary>Creates a refusal with no further detail.</summary>
    public CfpbFormatException()
    {
    }

    /// <summary>Creates a refusal with a message.</summary>
    public CfpbFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates a refusal with a message and the error that caused it.</summary>
    public CfpbFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates a refusal with its reason and, when known, the column and line it is about.</summary>
    public CfpbFormatException(string message, CfpbRefusalReason reason, string? column = null, long? lineNumber = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Reason = reason;
        Column = column;
        LineNumber = lineNumber;
    }

    /// <summary>Why the file was refused.</summary>
    public CfpbRefusalReason Reason { get; }

    /// <summary>The header of the column at fault, as the file writes it, when one is.</summary>
    public string? Column { get; }

    /// <summary>The physical line (1-based, header included) that shows the problem, when one does.</summary>
    public long? LineNumber { get; }
}
