namespace RegulatorHub.Exports;

/// <summary>
/// Neutralizes text that a spreadsheet would run as a formula when the file is opened ("CSV injection").
/// </summary>
/// <remarks>
/// Excel, LibreOffice and Google Sheets treat a cell that begins with <c>=</c>, <c>+</c>, <c>-</c> or <c>@</c> as a
/// formula, and a leading tab or carriage return can hide such a character from a reader's eye; a merchant name or a
/// narrative typed by anyone must never become one. Following OWASP's advice on CSV injection, such text is prefixed
/// with an apostrophe, which spreadsheets show as a plain-text marker. Numbers are written as numbers and never pass
/// through here, so a negative number is not altered.
/// </remarks>
public static class SpreadsheetFormulaGuard
{
    /// <summary>The characters that make a spreadsheet read a cell as a formula when they come first.</summary>
    public static ReadOnlySpan<char> TriggerCharacters => "=+-@\t\r";

    /// <summary>The character put before dangerous text.</summary>
    public const char Marker = '\'';

    /// <summary>Whether <paramref name="text"/> would be read as a formula.</summary>
    public static bool IsDangerous(string? text) =>
        !string.IsNullOrEmpty(text) && TriggerCharacters.Contains(text[0]);

    /// <summary>Whether UTF-8 text would be read as a formula (every trigger character is ASCII, one byte in UTF-8).</summary>
    public static bool IsDangerous(ReadOnlySpan<byte> utf8) =>
        !utf8.IsEmpty && utf8[0] < 0x80 && TriggerCharacters.Contains((char)utf8[0]);

    /// <summary><paramref name="text"/>, prefixed with an apostrophe when it would be read as a formula.</summary>
    public static string? Neutralize(string? text) => IsDangerous(text) ? Marker + text : text;
}
