using System.Globalization;

namespace RegulatorHub.Ingestion.Sources.Cfpb;

/// <summary>
/// Determines the one date format of a file from the date values of its first rows, and refuses rather than
/// guesses when they disagree.
/// </summary>
/// <remarks>
/// Each shape allows one format only: a slashed date is mm/dd/yyyy (the CFPB's own download), a dashed date with
/// the year last is dd-mm-yyyy. A value that contradicts its shape's format (a slashed first part above 12, a
/// dashed second part above 12) means the file is in some other convention, so the whole file is refused. Values of
/// no known shape are left to the row checks, so one bad cell does not refuse a file.
/// </remarks>
internal sealed class CfpbDateFormatDetector
{
    private readonly Dictionary<CfpbDateFormat, (long Line, string Column)> _firstSeen = [];
    private (long Line, string Column, string Why)? _contradiction;
    private (long Line, string Column)? _firstUnrecognized;

    public void Observe(string? value, long line, string column)
    {
        var shape = CfpbDates.Classify(value, out var first, out var second, out _);
        switch (shape)
        {
            case CfpbDates.Shape.Empty:
                return;
            case CfpbDates.Shape.Unrecognized:
                _firstUnrecognized ??= (line, column);
                return;
            case CfpbDates.Shape.Slashed when first > 12:
                _contradiction ??= (line, column, string.Create(CultureInfo.InvariantCulture, $"a slashed date whose first part is {first}, which cannot be a month: slashed dates are read as mm/dd/yyyy"));
                break;
            case CfpbDates.Shape.DashedYearLast when second > 12:
                _contradiction ??= (line, column, string.Create(CultureInfo.InvariantCulture, $"a dashed date whose second part is {second}, which cannot be a month: dashed dates with the year last are read as dd-mm-yyyy"));
                break;
        }

        _firstSeen.TryAdd(CfpbDates.FormatOf(shape)!.Value, (line, column));
    }

    /// <summary>The file's date format; <see langword="null"/> when the scanned rows held no date at all.</summary>
    /// <exception cref="CfpbFormatException">Mixed formats, a contradiction, or no recognizable date.</exception>
    public CfpbDateFormat? Decide(int scannedRows)
    {
        if (_firstSeen.Count > 1)
        {
            var seen = _firstSeen.OrderBy(p => p.Value.Line).ToList();
            var described = string.Join(", ", seen.Select(p => string.Create(CultureInfo.InvariantCulture, $"{CfpbDates.Name(p.Key)} (first in '{p.Value.Column}' on line {p.Value.Line})")));
            throw new CfpbFormatException(
                $"The dates are written in more than one format: {described}. A file must use one date format; refusing rather than guessing.",
                CfpbRefusalReason.MixedDateFormats,
                seen[1].Value.Column,
                seen[1].Value.Line);
        }

        if (_contradiction is { } c)
        {
            throw new CfpbFormatException(
                string.Create(CultureInfo.InvariantCulture, $"Ambiguous dates: '{c.Column}' on line {c.Line} has {c.Why}. Refusing rather than guessing the day/month order; convert the dates to yyyy-mm-dd or pass the date format explicitly."),
                CfpbRefusalReason.AmbiguousDates,
                c.Column,
                c.Line);
        }

        if (_firstSeen.Count == 1)
        {
            return _firstSeen.Keys.First();
        }

        if (_firstUnrecognized is { } u)
        {
            throw new CfpbFormatException(
                string.Create(CultureInfo.InvariantCulture, $"No date in the first {scannedRows} rows is in a recognized format (yyyy-mm-dd, mm/dd/yyyy or dd-mm-yyyy); the first is '{u.Column}' on line {u.Line}."),
                CfpbRefusalReason.UnrecognizedDates,
                u.Column,
                u.Line);
        }

        return null;
    }
}
