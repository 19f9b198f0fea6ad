using RegulatorHub.Application.Access;

namespace RegulatorHub.Dashboard.Tests.Access;

/// <summary>Keeps every sign-in event as a line: <c>in acct-x</c>, <c>failed unknown IncorrectCredentials</c>, <c>out acct-x</c>.</summary>
public sealed class RecordingSignInEvents : ISignInEvents
{
    private readonly List<string> _events = [];

    /// <summary>The events so far, oldest first.</summary>
    public IReadOnlyList<string> Events
    {
        get
        {
            lock (_events)
            {
                return [.. _events];
            }
        }
    }

    public Task SignedInAsync(string accountId, CancellationToken cancellationToken) => Add($"in {accountId}");

    public Task SignInFailedAsync(string accountId, SignInFailureReason reason, CancellationToken cancellationToken) => Add($"failed {accountId} {reason}");

    public Task SignedOutAsync(string accountId, CancellationToken cancellationToken) => Add($"out {accountId}");

    private Task Add(string line)
    {
        lock (_events)
        {
            _events.Add(line);
        }

        return Task.CompletedTask;
    }
}
