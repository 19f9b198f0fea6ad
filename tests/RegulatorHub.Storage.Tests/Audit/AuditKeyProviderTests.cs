using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RegulatorHub.Application.Audit;
using RegulatorHub.Application.Configuration;
using RegulatorHub.Hosting;
using RegulatorHub.Hosting.Configuration;
using RegulatorHub.Hosting.Privacy;
using RegulatorHub.Storage.Sqlite;
using RegulatorHub.Storage.Tests.Contract;

namespace RegulatorHub.Storage.Tests.Audit;

public sealed class AuditKeyProviderTests : IDisposable
{
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("regulatorhub-auditkey-");

    private AuditKeyProvider Provider(string? key = null) => new(
        Options.Create(new AuditOptions { Key = key }),
        Options.Create(new StorageOptions { DataDirectory = _data.FullName }));

    [Fact]
    public void GetKey_NoConfiguredKey_CreatesOneKeyFileAndReusesIt()
    {
        var first = Provider().GetKey();
        var second = Provider().GetKey();

        Assert.Equal(32, first.Length);
        Assert.Equal(first, second);
        Assert.True(File.Exists(Path.Combine(_data.FullName, AuditKeyProvider.KeyFileName)));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(_data.FullName, AuditKeyProvider.KeyFileName)));
        }
    }

    [Fact]
    public void GetKey_ConfiguredKey_WinsOverTheFile()
    {
        var configured = Enumerable.Range(100, 40).Select(i => (byte)i).ToArray();

        Assert.Equal(configured, Provider(Convert.ToBase64String(configured)).GetKey());
        Assert.False(File.Exists(Path.Combine(_data.FullName, AuditKeyProvider.KeyFileName)));
    }

    [Fact]
    public void GetKey_BesidePseudonymKey_IsAnotherKeyInAnotherFile()
    {
        var audit = Provider().GetKey();
        var pseudonym = new PseudonymKeyProvider(
            Options.Create(new IngestionOptions()), Options.Create(new StorageOptions { DataDirectory = _data.FullName })).GetKey();

        Assert.NotEqual(pseudonym, audit);
        Assert.NotEqual(AuditKeyProvider.KeyFileName, PseudonymKeyProvider.KeyFileName);
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("c2hvcnQ=")]
    public void Validate_BadConfiguredKey_FailsNamingAuditKey(string key)
    {
        var result = new ValidateAuditOptions().Validate(null, new AuditOptions { Key = key });

        Assert.True(result.Failed);
        Assert.StartsWith("Audit:Key", result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain(key, result.FailureMessage, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => Provider(key).GetKey());
    }

    [Fact]
    public async Task AddRegulatorHubCore_EmbeddedDefault_WritesAndVerifiesThroughTheSqliteTrail()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataDirectory"] = _data.FullName })
            .Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
        services.AddRegulatorHubCore(configuration);
        await using var provider = services.BuildServiceProvider();

        var trail = provider.GetRequiredService<IAuditTrail>();
        await trail.InitializeAsync(CancellationToken.None);
        await provider.GetRequiredService<AuditWriter>().WriteAsync(
            "acct-auditor", "samr-zj", "Auditor", AuditAction.AuditViewed, AuditTargets.Audit("verify"), AuditOutcome.Allowed);
        var verification = await provider.GetRequiredService<AuditVerifier>().VerifyAsync(CancellationToken.None);

        Assert.IsType<SqliteAuditTrail>(trail);
        Assert.True(verification.IsIntact, verification.Describe());
        Assert.Equal(1, verification.Entries);
        Assert.True(File.Exists(Path.Combine(_data.FullName, AuditKeyProvider.KeyFileName)));
        Assert.False(new AuditChain(AuditRecords.Key).IsConsistent((await AuditRecords.ReadAllAsync(trail))[0]));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _data.Delete(recursive: true);
    }
}
