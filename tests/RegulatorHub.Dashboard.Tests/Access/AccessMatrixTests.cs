using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace RegulatorHub.Dashboard.Tests.Access;

/// <summary>
/// Every endpoint the dashboard maps (pages, minimal APIs, the hub, static assets), from its own
/// <see cref="EndpointDataSource"/>, must have a row in <see cref="AccessMatrix"/>, and answers each identity
/// (anonymous, every demo account, signed in through the real form) as its row expects.
/// </summary>
public sealed class AccessMatrixTests(DashboardFactory factory) : IClassFixture<DashboardFactory>
{
    [Fact]
    public void EveryEndpoint_HasARowInTheMatrix()
    {
        var uncovered = Endpoints().Where(e => !AccessMatrix.Rows.Any(r => r.Covers(e.Endpoint, e.Method)))
            .Select(e => $"{e.Method} {e.Endpoint.RoutePattern.RawText} ({e.Endpoint.DisplayName})")
            .Distinct(StringComparer.Ordinal)
            .ToList();

        Assert.True(uncovered.Count == 0, "Endpoints without a row in AccessMatrix.Rows:" + Environment.NewLine + string.Join(Environment.NewLine, uncovered));
    }

    [Fact]
    public void EveryRow_StandsForAnEndpoint()
    {
        var endpoints = Endpoints();

        var stale = AccessMatrix.Rows.Where(r => !r.Optional && !endpoints.Any(e => r.Covers(e.Endpoint, e.Method))).Select(r => r.Describe).ToList();

        Assert.True(stale.Count == 0, "Rows that match no endpoint (renamed or removed?): " + string.Join(", ", stale));
    }

    [Fact]
    public async Task EveryRow_AnswersEachIdentityAsExpected()
    {
        var endpoints = Endpoints();
        var clients = new Dictionary<AccessIdentity, HttpClient>();
        try
        {
            foreach (var identity in AccessIdentity.All)
            {
                clients[identity] = identity.IsSignedIn
                    ? await DashboardSession.SignInAsync(factory, identity.Account!.UserName)
                    : DashboardSession.Anonymous(factory);
            }

            var failures = new List<string>();
            var checkedRequests = 0;
            foreach (var row in AccessMatrix.Rows.Where(r => endpoints.Any(e => r.Covers(e.Endpoint, e.Method))))
            {
                foreach (var identity in AccessIdentity.All)
                {
                    var expected = row.Expect(identity);
                    using var request = new HttpRequestMessage(row.Method, new Uri(row.Path, UriKind.Relative));
                    request.Headers.Add("Accept-Language", "en");
                    using var response = await clients[identity].SendAsync(request);
                    checkedRequests++;
                    if (!expected.Matches(response, row.Path))
                    {
                        failures.Add(string.Create(CultureInfo.InvariantCulture,
                            $"{row.Describe} ({row.Method} {row.Path}) as {identity}: expected {expected}, got {(int)response.StatusCode} {AccessOutcome.Location(response)}"));
                    }
                    else if (row.CheckBody is { } check && expected == AccessOutcome.Ok
                        && check(identity, await response.Content.ReadAsStringAsync()) is { } problem)
                    {
                        failures.Add($"{row.Describe} as {identity}: {problem}");
                    }
                }
            }

            Assert.True(failures.Count == 0, Report(failures, checkedRequests));
        }
        finally
        {
            foreach (var client in clients.Values)
            {
                client.Dispose();
            }
        }
    }

    // Each endpoint once per HTTP method it accepts; HEAD is answered like GET, and "*" stands for no restriction.
    private List<(RouteEndpoint Endpoint, string Method)> Endpoints()
    {
        using var client = factory.CreateClient();
        return factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Where(m => m != "HEAD") ?? ["*"]).Select(m => (e, m)))
            .ToList();
    }

    private static string Report(List<string> failures, int requests)
    {
        var text = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"{failures.Count} of {requests} requests answered otherwise than the matrix expects:"));
        foreach (var failure in failures)
        {
            text.AppendLine().Append(failure);
        }

        return text.ToString();
    }
}
