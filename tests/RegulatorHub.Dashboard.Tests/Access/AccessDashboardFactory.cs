using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using RegulatorHub.Application.Storage;
using RegulatorHub.Dashboard.Access;
using RegulatorHub.Domain.Complaints;
using RegulatorHub.Domain.Merchants;
using RegulatorHub.Hosting.Seeding;

namespace RegulatorHub.Dashboard.Tests.Access;

/// <summary>
/// The dashboard on a fresh embedded store with the synthetic seed and three known complaints, signed in through
/// <see cref="TestAuthenticationHandler"/>, with the <c>Staff</c> policy as the contract defines it.
/// </summary>
public sealed class AccessDashboardFactory : WebApplicationFactory<Program>
{
    public const string TestSource = "access-test";

    /// <summary>A consumer in 西湖区 about a merchant in 西湖区: Hangzhou's and Zhejiang's.</summary>
    public static readonly Complaint Hangzhou = Make("HZ-ONLY", "330106", "杭州西湖测试商行", "330106", "西湖区消费者的测试叙述。");

    /// <summary>A consumer in 黄浦区 about a merchant in 徐汇区: Shanghai's only. Its text and merchant are unique to it.</summary>
    public static readonly Complaint Shanghai = Make("SH-ONLY-7F3A", "310101", "上海保密商行7F3A", "310104", "上海的机密叙述7F3A。");

    /// <summary>A consumer in Shanghai about a Hangzhou merchant: the referral case, in both jurisdictions.</summary>
    public static readonly Complaint ShanghaiAboutHangzhou = Make("SH-TO-HZ", "310101", "杭州跨区测试商行", "330100", "上海消费者投诉杭州商家。");

    private readonly DirectoryInfo _dataDirectory = Directory.CreateTempSubdirectory("regulatorhub-access-");
    private readonly SemaphoreSlim _ready = new(1, 1);
    private bool _isReady;

    /// <summary>Waits for the seed to finish, then adds the known complaints (once).</summary>
    public async Task ReadyAsync()
    {
        await _ready.WaitAsync();
        try
        {
            if (_isReady)
            {
                return;
            }

            var seeding = Services.GetRequiredService<FirstStartSeedingService>();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            while (!seeding.Finished)
            {
                await Task.Delay(50, timeout.Token);
            }

            await Services.GetRequiredService<IComplaintStore>().AddAsync([Hangzhou, Shanghai, ShanghaiAboutHangzhou], timeout.Token);
            _isReady = true;
        }
        finally
        {
            _ready.Release();
        }
    }

    /// <summary>A client signed in as <paramref name="role"/> of <paramref name="agency"/>, or anonymous.</summary>
    public HttpClient ClientFor(string? role, string? agency = null)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (role is not null)
        {
            client.DefaultRequestHeaders.Add(
                TestAuthenticationHandler.Header, TestAuthenticationHandler.HeaderFor($"acct-{agency}-{role}".ToLowerInvariant(), role, agency ?? string.Empty));
        }

        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Storage:DataDirectory", _dataDirectory.FullName);
        builder.UseSetting("Seed:Complaints", "3000");
        builder.UseSetting("Seed:EndDate", "2026-06-30");
        builder.ConfigureTestServices(services =>
        {
            services.AddAuthentication(TestAuthenticationHandler.SchemeName)
                .AddScheme<AuthenticationSchemeOptions, TestAuthenticationHandler>(TestAuthenticationHandler.SchemeName, _ => { });
            services.AddAuthorization(options => options.AddPolicy(AccessPolicies.Staff, policy => policy.RequireRole("Regulator", "AgencyAdmin")));
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _ready.Dispose();
            SqliteConnection.ClearAllPools();
            if (_dataDirectory.Exists)
            {
                _dataDirectory.Delete(recursive: true);
            }
        }
    }

    private static Complaint Make(string caseId, string consumerRegion, string merchantName, string merchantRegion, string narrative) => new()
    {
        Source = TestSource,
        SourceCaseId = caseId,
        SourceKind = SourceKind.Hotline,
        ReceivedAt = new DateTimeOffset(2026, 6, 29, 10, 0, 0, TimeSpan.FromHours(8)),
        Channel = ComplaintChannel.Phone,
        SubjectCode = "goods.food",
        IssueCode = "quality",
        ConsumerRegionCode = consumerRegion,
        Merchant = new MerchantRef(MerchantKey.Create(null, null, null, merchantName, merchantRegion), merchantName, merchantRegion),
        Amount = new Money(128.5m, "CNY"),
        Narrative = narrative,
        Status = ComplaintStatus.Accepted,
        PersonalDataRemoved = Domain.Privacy.PersonalDataCounts.Of([Domain.Privacy.PersonalDataKind.Mobile]),
    };
}
