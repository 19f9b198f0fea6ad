using System.Reflection;

namespace RegulatorHub.Domain.Tests.Architecture;

/// <summary>Dependencies point inward: the Domain knows no framework and no other RegulatorHub assembly.</summary>
public sealed class DependencyDirectionTests
{
    [Fact]
    public void Domain_ReferencesOnlyTheBaseLibrary()
    {
        var references = typeof(RegulatorHub.Domain.Complaints.Complaint).Assembly.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .ToList();

        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.Extensions", StringComparison.Ordinal));
        Assert.DoesNotContain(references, name => name.StartsWith("RegulatorHub", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("RegulatorHub.Analytics", new[] { "RegulatorHub.Application", "RegulatorHub.Storage", "RegulatorHub.Messaging", "RegulatorHub.Ingestion", "RegulatorHub.Hosting", "Microsoft.Extensions" })]
    [InlineData("RegulatorHub.Application", new[] { "RegulatorHub.Storage", "RegulatorHub.Messaging", "RegulatorHub.Ingestion", "RegulatorHub.Hosting" })]
    [InlineData("RegulatorHub.Ingestion", new[] { "RegulatorHub.Storage", "RegulatorHub.Messaging", "RegulatorHub.Hosting" })]
    [InlineData("RegulatorHub.Storage.Sqlite", new[] { "RegulatorHub.Ingestion", "RegulatorHub.Messaging", "RegulatorHub.Hosting" })]
    public void Assembly_DoesNotReferenceOuterLayers(string assemblyName, string[] forbiddenPrefixes)
    {
        var references = Assembly.Load(assemblyName).GetReferencedAssemblies().Select(a => a.Name!).ToList();

        foreach (var prefix in forbiddenPrefixes)
        {
            Assert.DoesNotContain(references, name => name.StartsWith(prefix, StringComparison.Ordinal));
        }
    }
}
