using System.Diagnostics.Metrics;
using Microsoft.Extensions.Hosting;

namespace Leitmotif.Hosting;

/// <summary>
/// Counts the messages this silo sends to and receives from other processes (silos and clients), with their bytes, from
/// Orleans' own messaging instruments, and prints the totals when the silo stops: the figure for how much a cluster's
/// work costs in network traffic. Calls between grains of one silo are not messages and are not counted.
/// </summary>
public sealed class MessageTraffic : IHostedService, IDisposable
{
    private const string Sent = "orleans-messaging-sent-messages-size";
    private const string Received = "orleans-messaging-received-messages-size";
    private readonly MeterListener _listener = new();
    private long _sentMessages, _sentBytes, _receivedMessages, _receivedBytes;

    public MessageTraffic()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Name is Sent or Received) listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<int>((instrument, bytes, _, _) =>
        {
            if (instrument.Name == Sent)
            {
                Interlocked.Increment(ref _sentMessages);
                Interlocked.Add(ref _sentBytes, bytes);
            }
            else
            {
                Interlocked.Increment(ref _receivedMessages);
                Interlocked.Add(ref _receivedBytes, bytes);
            }
        });
        _listener.Start();
    }

    /// <summary>The totals so far, in one line.</summary>
    public string Describe() =>
        $"sent {Interlocked.Read(ref _sentMessages)} messages ({Interlocked.Read(ref _sentBytes) / 1048576.0:0.000} MB), " +
        $"received {Interlocked.Read(ref _receivedMessages)} ({Interlocked.Read(ref _receivedBytes) / 1048576.0:0.000} MB)";

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Console.WriteLine($"Leitmotif silo stopping; since it started it {Describe()}");
        return Task.CompletedTask;
    }

    public void Dispose() => _listener.Dispose();
}
