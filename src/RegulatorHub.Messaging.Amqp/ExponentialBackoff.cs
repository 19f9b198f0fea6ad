namespace RegulatorHub.Messaging.Amqp;

/// <summary>Waits that double from a minimum to a maximum after each failure, and start over after a success.</summary>
internal sealed class ExponentialBackoff
{
    private readonly TimeSpan _minimum;
    private readonly TimeSpan _maximum;
    private TimeSpan _next;

    public ExponentialBackoff(TimeSpan minimum, TimeSpan maximum)
    {
        (_minimum, _maximum, _next) = (minimum, maximum, minimum);
    }

    /// <summary>The wait before the next attempt; the one after it is twice as long, up to the maximum.</summary>
    public TimeSpan Next()
    {
        var current = _next;
        _next = TimeSpan.FromTicks(Math.Min(_maximum.Ticks, current.Ticks * 2));
        return current;
    }

    public void Reset() => _next = _minimum;
}
