import { boot } from '../shared/boot';
import { installGadgetStyles } from '../gadget/gadget-styles';
import { GadgetEditApp } from './GadgetEditApp';

installGadgetStyles();
void boot(GadgetEditApp);
