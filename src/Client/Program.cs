using System.CommandLine;
using Leitmotif.Client.Cluster;
using Leitmotif.Client.Commands;
using Leitmotif.Core;

var global = new GlobalOptions();
var root = new RootCommand("leitmotif: find which recordings contain a melody, and where");
global.AddTo(root);
root.Add(IndexCommand.Create(global));
root.Add(QueryCommand.Create(global));
root.Add(BatchQueryCommand.Create(global));
root.Add(EvaluateCommand.Create());
root.Add(EvaluateModelsCommand.Create(global));
root.Add(ListCommand.Create(global));
root.Add(StatusCommand.Create(global));
root.Add(DemoCommand.Create(global));
root.Add(ChromaCommand.Create(global));
root.Add(CorpusCommand.Create());
root.Add(TrainCommand.Create(global));
root.Add(ModelsCommand.Create(global));

try
{
    return await root.Parse(args).InvokeAsync(new InvocationConfiguration
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
