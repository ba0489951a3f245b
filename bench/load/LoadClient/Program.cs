using Supervision.LoadClient;

return await LoadRun.MainAsync(args);
