using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace RegulatorHub.Dashboard.Tests.Components;

/// <summary>Every text the dashboard shows through its localizer has a Chinese translation.</summary>
public sealed partial class TranslationTests
{
    [Fact]
    public void Every_localized_text_in_the_dashboard_has_a_Chinese_translation()
    {
        var project = FindProject();
        var translated = XDocument.Load(Path.Combine(project, "Localization", "Strings.zh-CN.resx"))
            .Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal);

        var used = Directory.EnumerateFiles(project, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => LocalizedText().Matches(File.ReadAllText(f)).Select(m => Regex.Unescape(m.Groups["text"].Value)))
            .ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(used);
        Assert.Empty(used.Where(text => !translated.Contains(text)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Chinese_translations_keep_the_placeholders_of_their_English_text()
    {
        var resx = XDocument.Load(Path.Combine(FindProject(), "Localization", "Strings.zh-CN.resx"));

        var broken = resx.Root!.Elements("data")
            .Select(d => (English: (string)d.Attribute("name")!, Chinese: (string)d.Element("value")!))
            .Where(p => !Placeholders(p.English).SetEquals(Placeholders(p.Chinese)))
            .Select(p => p.English);

        Assert.Empty(broken);
    }

    private static HashSet<string> Placeholders(string text) =>
        Placeholder().Matches(text).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);

    private static string FindProject()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "src", "RegulatorHub.Dashboard");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException(string.Create(CultureInfo.InvariantCulture, $"src/RegulatorHub.Dashboard above {AppContext.BaseDirectory}"));
    }

    [GeneratedRegex(@"(?<![A-Za-z])(?:L|text)\[""(?<text>(?:[^""\\]|\\.)*)""")]
    private static partial Regex LocalizedText();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
