using System.CommandLine;
using System.CommandLine.Help;
using Leitmotif.Client.Cluster;
using Leitmotif.Client.CommandLine;
using Leitmotif.Core;
using Leitmotif.Core.Model;

NativeHeap.KeepFreedBlocks();
var parse = LeitmotifCommand.Create().Parse(args);
if (parse.Action is not HelpAction && ParseErrorLine.Describe(parse) is { } parseError)
{
    Console.Error.WriteLine($"error: {parseError}");
    return 2;
}

try
{
    return await parse.InvokeAsync(new InvocationConfiguration
    {
        EnableDefaultExceptionHandler = false,
        // Ctrl+C cancels the command; an embedded silo then needs a few seconds to stop its grains (a training step ends first).
        ProcessTerminationTimeout = TimeSpan.FromMinutes(1),
    });
}
catch (OperationCanceledException)
{
    Console.Error.WriteLine("interrupted: started cluster jobs are durable (a standalone cluster goes on; the embedded silo resumes them " +
                            "with the next command on this data folder), and corpus build keeps the files it finished");
    return 130;
}
catch (InputException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 2;
}
catch (Exception e) when (ClusterErrors.Describe(e) is { } message)
{
    Console.Error.WriteLine($"error: {message}");
    return 3;
}
